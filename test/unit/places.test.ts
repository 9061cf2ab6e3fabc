import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFactsFiles } from '../../server/src/core/facts';
import { OTHER_AREA_REFERENCES, OTHER_PLACES } from '../../server/src/core/places';

const repoRoot = path.resolve(__dirname, '..', '..');
const bundled = parseFactsFiles([{ path: 'suzhou', text: fs.readFileSync(path.join(repoRoot, 'facts', 'suzhou.facts.json'), 'utf8') }]).base;

const places = new Set(OTHER_PLACES);
const fold = (s: string): string => s.toLowerCase().replace(/[’]/g, "'").replace(/[\s\-‐‑–]+/g, '');

/** Groups the gazetteer must cover, each in English, simplified and (where it differs) traditional Chinese. */
const REQUIRED: [group: string, names: string[]][] = [
  ['provinces and municipalities', [
    'Beijing', '北京', 'Tianjin', 'Shanghai', '上海', 'Chongqing', '重庆', '重慶', 'Hebei', 'Shanxi', 'Inner Mongolia', '内蒙古', 'Liaoning', '辽宁', '遼寧',
    'Jilin', 'Heilongjiang', '黑龙江', '黑龍江', 'Jiangsu', '江苏', '江蘇', 'Zhejiang', '浙江', 'Anhui', '安徽', 'Fujian', 'Jiangxi', 'Shandong', '山东', '山東',
    'Henan', 'Hubei', 'Hunan', 'Guangdong', '广东', '廣東', 'Guangxi', 'Hainan', 'Sichuan', '四川', 'Guizhou', '贵州', '貴州', 'Yunnan', '云南', '雲南',
    'Tibet', 'Shaanxi', '陕西', '陝西', 'Gansu', '甘肃', '甘肅', 'Qinghai', 'Ningxia', '宁夏', '寧夏', 'Xinjiang',
  ]],
  ['SARs, Taiwan and China itself', ['Hong Kong', '香港', 'Macao', 'Macau', '澳门', '澳門', 'Taiwan', '台湾', '臺灣', 'China', '中国', '中國']],
  ['Jiangsu prefecture-level cities', [
    'Nanjing', '南京', 'Wuxi', '无锡', '無錫', 'Xuzhou', '徐州', 'Changzhou', '常州', 'Suzhou', '苏州', '蘇州', 'Nantong', '南通', 'Lianyungang', '连云港', '連雲港',
    "Huai'an", '淮安', 'Yancheng', '盐城', '鹽城', 'Yangzhou', '扬州', '揚州', 'Zhenjiang', '镇江', '鎮江', 'Taizhou', '泰州', 'Suqian', '宿迁', '宿遷',
  ]],
  ['Zhejiang prefecture-level cities', [
    'Hangzhou', '杭州', 'Ningbo', '宁波', '寧波', 'Wenzhou', '温州', '溫州', 'Jiaxing', '嘉兴', '嘉興', 'Huzhou', '湖州', 'Shaoxing', '绍兴', '紹興',
    'Jinhua', '金华', '金華', 'Quzhou', '衢州', 'Zhoushan', '舟山', '台州', 'Lishui', '丽水', '麗水',
  ]],
  ['Anhui prefecture-level cities', [
    'Hefei', '合肥', 'Wuhu', '芜湖', '蕪湖', 'Bengbu', '蚌埠', 'Huainan', '淮南', "Ma'anshan", '马鞍山', '馬鞍山', 'Huaibei', '淮北', 'Tongling', '铜陵', '銅陵',
    'Anqing', '安庆', '安慶', 'Huangshan', '黄山', '黃山', 'Chuzhou', '滁州', 'Fuyang', '阜阳', '阜陽', '宿州', "Lu'an", '六安', 'Bozhou', '亳州',
    'Chizhou', '池州', 'Xuancheng', '宣城',
  ]],
  ['major Chinese cities', [
    'Shenzhen', '深圳', 'Guangzhou', '广州', '廣州', 'Chengdu', '成都', 'Wuhan', '武汉', '武漢', "Xi'an", '西安', 'Zhengzhou', 'Changsha', 'Qingdao', '青岛', '青島',
    'Dongguan', 'Foshan', 'Xiamen', '厦门', '廈門', 'Shenyang', 'Dalian', 'Harbin', 'Kunming', 'Nanchang', 'Zhuhai', 'Yantai',
  ]],
  ['parts of Suzhou', [
    'Kunshan', '昆山', 'Changshu', '常熟', 'Zhangjiagang', '张家港', '張家港', 'Taicang', '太仓', '太倉', 'Wujiang', '吴江', '吳江', 'Wuzhong', '吴中', '吳中',
    'Xiangcheng', '相城', 'Gusu', '姑苏', '姑蘇', 'Huqiu', '虎丘', 'Suzhou Industrial Park', 'SIP', '苏州工业园区', '蘇州工業園區', '苏州高新区',
  ]],
  ['countries, world cities and regions', [
    'United States', '美国', '美國', 'Japan', '日本', 'Singapore', '新加坡', 'Germany', '德国', '德國', 'South Korea', '韩国', '韓國', 'United Kingdom',
    'France', 'India', 'Russia', 'Vietnam', 'Australia', 'Canada', 'Brazil', 'European Union', '欧盟', '歐盟',
    'London', '伦敦', '倫敦', 'New York', '纽约', '紐約', 'Tokyo', '东京', '東京', 'Seoul', 'Paris', 'Taipei',
    'Yangtze River Delta', '长三角', '長三角', '长江三角洲', 'Pearl River Delta', '珠三角', 'Greater Bay Area', '京津冀',
  ]],
];

describe('places: OTHER_PLACES', () => {
  for (const [group, names] of REQUIRED) {
    it(`covers ${group}`, () => {
      assert.deepEqual(names.filter((n) => !places.has(n)), []);
    });
  }

  it('is large: ~60 countries, every province, 80+ other cities', () => {
    assert.ok(OTHER_PLACES.length > 600, String(OTHER_PLACES.length));
  });

  it('has no duplicates, blanks or padded entries', () => {
    assert.equal(places.size, OTHER_PLACES.length);
    for (const p of OTHER_PLACES) assert.equal(p, p.trim(), JSON.stringify(p));
    for (const p of OTHER_PLACES) assert.ok(p.length >= 2, JSON.stringify(p));
  });

  // Names that would cry wolf: "US" is part of "US$" and "US dollars", common words are not places,
  // and "大同" sits inside "大同小异".
  const excluded = ['US', 'U.S.', 'Turkey', 'Nice', 'Reading', 'Bath', 'Chad', 'Georgia', 'Jersey', '大同', '中山', '海口', '汉堡', '园区'];
  for (const name of excluded) {
    it(`leaves out ${JSON.stringify(name)}`, () => assert.ok(!places.has(name)));
  }

  it('is frozen', () => {
    assert.ok(Object.isFrozen(OTHER_PLACES));
    assert.ok(Object.isFrozen(OTHER_AREA_REFERENCES));
  });

  it('shares with the bundled facts only the names of Suzhou itself (which the engine drops)', () => {
    const suzhou = new Set(bundled?.entities.flatMap((e) => e.names).map(fold));
    const shared = OTHER_PLACES.filter((p) => suzhou.has(fold(p)));
    assert.deepEqual(shared.sort(), ['Soochow', 'Suzhou', '苏州', '蘇州'].sort());
  });

  it('uses no name that the bundled facts give a metric, a period or a back-reference', () => {
    const taken = new Set([
      ...(bundled?.metrics.flatMap((m) => [...m.names, ...m.blockers, ...m.countNouns]) ?? []),
      ...(bundled?.periods.flatMap((p) => p.names) ?? []),
      ...(bundled?.entities.flatMap((e) => e.references) ?? []),
    ].map(fold));
    assert.deepEqual([...OTHER_PLACES, ...OTHER_AREA_REFERENCES].filter((p) => taken.has(fold(p))), []);
  });
});

describe('places: OTHER_AREA_REFERENCES', () => {
  const required = [
    'the province', 'the country', 'the nation', 'nationwide', 'national', "China's",
    '全省', '全国', '全國', '全球', '长三角',
    'the district', '全区', '该区',
  ];
  it('covers the larger areas and the parts of a city, in English and Chinese', () => {
    assert.deepEqual(required.filter((r) => !OTHER_AREA_REFERENCES.includes(r)), []);
  });

  it('never names the city itself ("the city", 全市 and 本市 are back-references to the entity)', () => {
    for (const own of ['the city', 'this city', '全市', '该市', '本市', '我市']) assert.ok(!OTHER_AREA_REFERENCES.includes(own), own);
  });

  it('leaves out words prose uses figuratively ("embracing the world", 面向世界)', () => {
    for (const figurative of ['the world', 'world', '世界']) assert.ok(!OTHER_AREA_REFERENCES.includes(figurative), figurative);
  });

  it('has no duplicates or blanks', () => {
    assert.equal(new Set(OTHER_AREA_REFERENCES).size, OTHER_AREA_REFERENCES.length);
    for (const r of OTHER_AREA_REFERENCES) assert.ok(r.trim() === r && r.length >= 2, JSON.stringify(r));
  });
});
