/**
 * A gazetteer of places that are not the facts' entities, so the engine never binds a figure to
 * Suzhou (or any facts entity) when the sentence is about somewhere else. The engine drops every
 * name here that is also a name of a facts entity: with the bundled facts "Suzhou" is the city,
 * with a facts file about Ningbo it is another place.
 *
 * Names are matched case-insensitively with word edges for Latin script, as substrings for
 * Chinese; all-capital names of two to four letters ("SIP", "UAE") match in capitals only.
 * Left out on purpose: names that are common words or that collide with figures' own markers
 * ("US" and "U.S." as in "US$" and "U.S. dollars", "Turkey", "Nice", "Reading"), and Chinese
 * names that are frequent inside other words ("大同", bare "中山" and "海口").
 */

/** Provinces, autonomous regions, municipalities and SARs, English and Chinese (both scripts). */
const PROVINCES = [
  'China', "People's Republic of China", 'PRC', 'Chinese mainland', 'mainland China', '中国', '中國', '中华人民共和国', '中華人民共和國', '内地', '內地',
  'Beijing', 'Peking', '北京', 'Tianjin', '天津', 'Shanghai', '上海', 'Chongqing', '重庆', '重慶',
  'Hebei', '河北', 'Shanxi', '山西', 'Inner Mongolia', '内蒙古', '內蒙古', 'Liaoning', '辽宁', '遼寧',
  'Jilin', '吉林', 'Heilongjiang', '黑龙江', '黑龍江', 'Jiangsu', '江苏', '江蘇', 'Zhejiang', '浙江',
  'Anhui', '安徽', 'Fujian', '福建', 'Jiangxi', '江西', 'Shandong', '山东', '山東', 'Henan', '河南',
  'Hubei', '湖北', 'Hunan', '湖南', 'Guangdong', '广东', '廣東', 'Guangxi', '广西', '廣西', 'Hainan', '海南',
  'Sichuan', '四川', 'Guizhou', '贵州', '貴州', 'Yunnan', '云南', '雲南', 'Tibet', 'Xizang', '西藏',
  'Shaanxi', '陕西', '陝西', 'Gansu', '甘肃', '甘肅', 'Qinghai', '青海', 'Ningxia', '宁夏', '寧夏',
  'Xinjiang', '新疆', 'Hong Kong', 'HKSAR', '香港', 'Macao', 'Macau', '澳门', '澳門', 'Taiwan', '台湾', '臺灣', '台灣',
] as const;

/** Prefecture-level cities of Jiangsu, Suzhou's own province. */
const JIANGSU_CITIES = [
  'Suzhou', 'Soochow', '苏州', '蘇州', 'Nanjing', 'Nanking', '南京', 'Wuxi', '无锡', '無錫', 'Xuzhou', '徐州', 'Changzhou', '常州',
  'Nantong', '南通', 'Lianyungang', '连云港', '連雲港', "Huai'an", 'Huaian', '淮安', 'Yancheng', '盐城', '鹽城',
  'Yangzhou', '扬州', '揚州', 'Zhenjiang', '镇江', '鎮江', 'Taizhou', '泰州', 'Suqian', '宿迁', '宿遷',
] as const;

/** Prefecture-level cities of Zhejiang. */
const ZHEJIANG_CITIES = [
  'Hangzhou', '杭州', 'Ningbo', '宁波', '寧波', 'Wenzhou', '温州', '溫州', 'Jiaxing', '嘉兴', '嘉興', 'Huzhou', '湖州',
  'Shaoxing', '绍兴', '紹興', 'Jinhua', '金华', '金華', 'Quzhou', '衢州', 'Zhoushan', '舟山', '台州', '臺州',
  'Lishui', '丽水', '麗水', 'Yiwu', '义乌', '義烏',
] as const;

/** Prefecture-level cities of Anhui, with Suzhou's namesake 宿州 (whose English name is also "Suzhou"). */
const ANHUI_CITIES = [
  'Hefei', '合肥', 'Wuhu', '芜湖', '蕪湖', 'Bengbu', '蚌埠', 'Huainan', '淮南', "Ma'anshan", 'Maanshan', '马鞍山', '馬鞍山',
  'Huaibei', '淮北', 'Tongling', '铜陵', '銅陵', 'Anqing', '安庆', '安慶', 'Huangshan', '黄山', '黃山', 'Chuzhou', '滁州',
  'Fuyang', '阜阳', '阜陽', '宿州', "Lu'an", 'Luan', '六安', 'Bozhou', '亳州', 'Chizhou', '池州', 'Xuancheng', '宣城',
] as const;

/** Other major Chinese cities (a city's figures are its own, not Suzhou's). */
const MAJOR_CITIES = [
  'Shenzhen', '深圳', 'Guangzhou', 'Canton', '广州', '廣州', 'Chengdu', '成都', 'Wuhan', '武汉', '武漢', "Xi'an", 'Xian', '西安',
  'Zhengzhou', '郑州', '鄭州', 'Changsha', '长沙', '長沙', 'Qingdao', '青岛', '青島', 'Jinan', '济南', '濟南',
  'Dongguan', '东莞', '東莞', 'Foshan', '佛山', 'Fuzhou', '福州', 'Xiamen', '厦门', '廈門', 'Quanzhou', '泉州',
  'Shenyang', '沈阳', '瀋陽', 'Dalian', '大连', '大連', 'Harbin', '哈尔滨', '哈爾濱', 'Changchun', '长春', '長春',
  'Shijiazhuang', '石家庄', '石家莊', 'Taiyuan', '太原', 'Hohhot', '呼和浩特', 'Baotou', '包头', '包頭',
  'Nanning', '南宁', '南寧', 'Kunming', '昆明', 'Guiyang', '贵阳', '貴陽', 'Lanzhou', '兰州', '蘭州', 'Xining', '西宁', '西寧',
  'Yinchuan', '银川', '銀川', 'Urumqi', '乌鲁木齐', '烏魯木齊', 'Lhasa', '拉萨', '拉薩', 'Haikou', '海口市', 'Sanya', '三亚', '三亞',
  'Nanchang', '南昌', 'Zhuhai', '珠海', 'Huizhou', '惠州', 'Zhongshan', '中山市', 'Jiangmen', '江门', '江門',
  'Shantou', '汕头', '汕頭', 'Zhanjiang', '湛江', 'Yantai', '烟台', '煙台', '煙臺', 'Weifang', '潍坊', '濰坊', 'Zibo', '淄博',
  'Linyi', '临沂', '臨沂', 'Jining', '济宁', '濟寧', 'Weihai', '威海', 'Dongying', '东营', '東營', 'Tangshan', '唐山',
  'Baoding', '保定', 'Langfang', '廊坊', 'Handan', '邯郸', '邯鄲', 'Cangzhou', '沧州', '滄州', 'Xiong’an', "Xiong'an", '雄安',
  'Luoyang', '洛阳', '洛陽', 'Kaifeng', '开封', '開封', 'Nanyang', '南阳', '南陽', 'Yichang', '宜昌', 'Xiangyang', '襄阳', '襄陽',
  'Zhuzhou', '株洲', 'Xiangtan', '湘潭', 'Hengyang', '衡阳', '衡陽', 'Yueyang', '岳阳', '岳陽', 'Changde', '常德',
  'Ganzhou', '赣州', '贛州', 'Jiujiang', '九江', 'Liuzhou', '柳州', 'Guilin', '桂林', 'Mianyang', '绵阳', '綿陽',
  'Yibin', '宜宾', '宜賓', 'Zunyi', '遵义', '遵義', 'Ordos', '鄂尔多斯', '鄂爾多斯', 'Daqing', '大庆', '大慶', 'Anshan', '鞍山',
  'Zhangzhou', '漳州', 'Putian', '莆田', 'Ningde', '宁德', '寧德', 'Yulin', '榆林', "Yan'an", '延安', 'Baoji', '宝鸡', '寶雞',
  'Datong', 'Qinhuangdao', '秦皇岛', '秦皇島', 'Zhangjiakou', '张家口', '張家口', 'Kashgar', '喀什',
] as const;

/**
 * Suzhou's own county-level cities, districts and development zones: their figures are not the
 * city's. Bare "园区" (the park) is left to context; "苏州工业园区" outranks "苏州" as the longer name.
 */
const SUZHOU_PARTS = [
  'Kunshan', '昆山', 'Changshu', '常熟', 'Zhangjiagang', '张家港', '張家港', 'Taicang', '太仓', '太倉',
  'Wujiang', '吴江', '吳江', 'Wuzhong', '吴中', '吳中', 'Xiangcheng', '相城', 'Gusu', '姑苏区', '姑蘇區', '姑苏', '姑蘇',
  'Huqiu', '虎丘', 'Suzhou Industrial Park', 'China-Singapore Suzhou Industrial Park', 'SIP', '苏州工业园区', '蘇州工業園區',
  '工业园区', '工業園區', 'Suzhou New District', 'Suzhou National New & Hi-tech Industrial Development Zone', 'SND', '苏州高新区', '蘇州高新區',
  'Suzhou High-tech Zone', 'Suzhou Hi-tech Zone',
] as const;

/** Regions of China that contain or neighbour Suzhou: their totals are not the city's. */
const REGIONS = [
  'Yangtze River Delta', 'Yangtze Delta', 'YRD', '长三角', '長三角', '长江三角洲', '長江三角洲', 'Pearl River Delta', 'PRD', '珠三角', '珠江三角洲',
  'Greater Bay Area', 'Guangdong-Hong Kong-Macao Greater Bay Area', '粤港澳大湾区', '粵港澳大灣區', '大湾区', '大灣區',
  'Beijing-Tianjin-Hebei', 'Jing-Jin-Ji', '京津冀', 'Southern Jiangsu', 'Sunan', '苏南', '蘇南', 'Northern Jiangsu', 'Subei', '苏北', '蘇北',
  'Yangtze River Economic Belt', '长江经济带', '長江經濟帶',
] as const;

/** Countries and world regions. */
const COUNTRIES = [
  'United States', 'United States of America', 'USA', 'America', 'American', '美国', '美國', 'United Kingdom', 'UK', 'Britain', 'Great Britain', '英国', '英國',
  'Japan', '日本', 'South Korea', 'Korea', '韩国', '韓國', 'Singapore', '新加坡', 'Germany', '德国', '德國', 'France', '法国', '法國',
  'Italy', '意大利', '義大利', 'Spain', '西班牙', 'Netherlands', 'Holland', '荷兰', '荷蘭', 'Belgium', '比利时', '比利時',
  'Switzerland', '瑞士', 'Sweden', '瑞典', 'Norway', '挪威', 'Denmark', '丹麦', '丹麥', 'Finland', '芬兰', '芬蘭',
  'Austria', '奥地利', '奧地利', 'Poland', '波兰', '波蘭', 'Russia', '俄罗斯', '俄羅斯', 'Ukraine', '乌克兰', '烏克蘭',
  'India', '印度', 'Indonesia', '印度尼西亚', '印度尼西亞', '印尼', 'Malaysia', '马来西亚', '馬來西亞', 'Thailand', '泰国', '泰國',
  'Vietnam', 'Viet Nam', '越南', 'Philippines', '菲律宾', '菲律賓', 'Australia', '澳大利亚', '澳大利亞', '澳洲',
  'New Zealand', '新西兰', '新西蘭', '紐西蘭', 'Canada', '加拿大', 'Mexico', '墨西哥', 'Brazil', '巴西', 'Argentina', '阿根廷',
  'Chile', '智利', 'Peru', '秘鲁', '秘魯', 'Colombia', '哥伦比亚', '哥倫比亞', 'South Africa', '南非', 'Egypt', '埃及',
  'Nigeria', '尼日利亚', '奈及利亞', 'Saudi Arabia', '沙特阿拉伯', '沙特', '沙烏地阿拉伯', 'United Arab Emirates', 'UAE', '阿联酋', '阿聯酋',
  'Israel', '以色列', 'Iran', '伊朗', 'Pakistan', '巴基斯坦', 'Bangladesh', '孟加拉国', '孟加拉國', 'Ireland', '爱尔兰', '愛爾蘭',
  'Portugal', '葡萄牙', 'Greece', '希腊', '希臘', 'Czech Republic', 'Czechia', '捷克', 'Hungary', '匈牙利', 'Luxembourg', '卢森堡', '盧森堡',
  'Kazakhstan', '哈萨克斯坦', '哈薩克', 'Mongolia', '蒙古国', '蒙古國', 'Cambodia', '柬埔寨', 'Laos', '老挝', '寮國', 'Myanmar', '缅甸', '緬甸',
  'Sri Lanka', '斯里兰卡', '斯里蘭卡', 'Qatar', '卡塔尔', '卡達', 'Kuwait', '科威特', 'North Korea', '朝鲜', '北韓',
  'Europe', '欧洲', '歐洲', 'European Union', 'EU', '欧盟', '歐盟', 'Asia', '亚洲', '亞洲', 'Africa', '非洲',
  'ASEAN', '东盟', '東盟', 'Latin America', '拉美', 'North America', '北美', 'Middle East', '中东', '中東',
] as const;

/** Major world cities. */
const WORLD_CITIES = [
  'London', '伦敦', '倫敦', 'New York', '纽约', '紐約', 'Tokyo', '东京', '東京', 'Paris', '巴黎', 'Seoul', '首尔', '首爾',
  'Osaka', '大阪', 'Berlin', '柏林', 'Munich', '慕尼黑', 'Frankfurt', '法兰克福', '法蘭克福', 'Hamburg',
  'Moscow', '莫斯科', 'Dubai', '迪拜', '杜拜', 'Sydney', '悉尼', '雪梨', 'Melbourne', '墨尔本', '墨爾本',
  'Toronto', '多伦多', '多倫多', 'Vancouver', '温哥华', '溫哥華', 'Los Angeles', '洛杉矶', '洛杉磯', 'San Francisco', '旧金山', '舊金山',
  'Silicon Valley', '硅谷', '矽谷', 'Chicago', '芝加哥', 'Boston', '波士顿', '波士頓', 'Washington', '华盛顿', '華盛頓',
  'Mumbai', '孟买', '孟買', 'Bangkok', '曼谷', 'Jakarta', '雅加达', '雅加達', 'Kuala Lumpur', '吉隆坡', 'Ho Chi Minh City', '胡志明市',
  'Hanoi', '河内', '河內', 'Manila', '马尼拉', '馬尼拉', 'Taipei', '台北', '臺北', 'Kaohsiung', '高雄', 'Hsinchu', '新竹',
] as const;

/** Names of places other than the facts' entities (English, simplified and traditional Chinese): all Chinese provinces/municipalities/SARs, every prefecture-level city of Jiangsu, Zhejiang, Anhui, plus ~80 other major Chinese cities (Shenzhen, Guangzhou, Chengdu, Chongqing, Wuhan, Hangzhou, Nanjing, Wuxi, Ningbo, Tianjin, Beijing, Shanghai, …), the county-level cities and districts of Suzhou itself (Kunshan, Changshu, Zhangjiagang, Taicang, Wujiang, Wuzhong, Xiangcheng, Gusu, Huqiu, Suzhou Industrial Park, SIP, 苏州工业园区, 昆山, 常熟, 张家港, 太仓, 吴江, 吴中, 相城, 姑苏, 虎丘 …: their figures are not the city's), Suzhou's namesake 宿州 (Anhui), China/Jiangsu themselves, ~60 countries and major world cities/regions (United States, Japan, Singapore, Germany, Hong Kong, Taiwan, London, New York, the Yangtze River Delta, 长三角 …). */
export const OTHER_PLACES: readonly string[] = Object.freeze([
  ...new Set<string>([...PROVINCES, ...JIANGSU_CITIES, ...ZHEJIANG_CITIES, ...ANHUI_CITIES, ...MAJOR_CITIES, ...SUZHOU_PARTS, ...REGIONS, ...COUNTRIES, ...WORLD_CITIES]),
]);

/** Phrases that refer to a larger or other area than the city: "the province", "the country", "the nation", "nationwide", "national", "China's", 全省, 全国, 全國, 全球, 长三角 … */
export const OTHER_AREA_REFERENCES: readonly string[] = Object.freeze([
  // Larger areas. Not "the world" or bare 世界: prose uses them figuratively ("embracing the world").
  'the province', 'this province', 'the whole province', 'province-wide', 'provincewide', 'provincial',
  'the country', 'this country', 'the whole country', 'countrywide', 'the nation', 'nationwide', 'national', 'nationally', "China's",
  'worldwide', 'globally', 'global', 'the region', 'the delta',
  '全省', '该省', '該省', '本省', '全国', '全國', '我国', '我國', '全球', '全世界', '长三角地区', '長三角地區', '长三角', '長三角',
  // Parts of the city, named generically: a district's or county's figure is not the city's.
  'the district', 'the county', 'the zone', 'the park', 'the industrial park',
  '该区', '該區', '全区', '全區', '本区', '本區', '该县', '該縣', '全县', '全縣', '园区', '園區',
  'county-level cities', 'county-level city', '县级市', '縣級市', '辖市', '轄市', 'industrial park', 'its industrial park',
  // A company's own figures: "the company's industrial output", 该企业实现工业总产值. Only the
  // pointing forms: "a company entering the Fortune Global 500" is who a reward goes to.
  "the company's", "the firm's", "the group's", "the enterprise's", "the plant's", "the factory's", "the manufacturer's", "the corporation's",
  '该公司', '該公司', '该企业', '該企業', '该集团', '該集團', '该厂', '該廠', '这家企业', '這家企業', '这家公司', '這家公司',
]);
