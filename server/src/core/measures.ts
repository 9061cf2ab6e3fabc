/**
 * Names of economic measures that facts files rarely hold: when one of them stands nearer a figure
 * than a fact's metric, the figure is that measure's ("foreign trade of 2.53 trillion yuan"), not
 * the fact's. English, simplified and traditional Chinese. A facts file's own metric names win
 * over these (the lexicon drops a spelling that is also a metric name).
 */
export const OTHER_MEASURES: readonly string[] = [
  'foreign trade', 'trade', 'total trade', 'import and export', 'imports and exports', 'exports', 'export value', 'imports',
  'revenue', 'revenues', 'fiscal revenue', 'budget revenue', 'general public budget revenue', 'tax revenue', 'taxes', 'tax',
  'income', 'disposable income', 'wages', 'salary', 'investment', 'fixed-asset investment', 'fixed asset investment',
  'foreign investment', 'foreign direct investment', 'FDI', 'actual use of foreign capital', 'R&D spending', 'R&D expenditure',
  'R&D investment', 'spending', 'expenditure', 'retail sales', 'consumption', 'deposits', 'loans', 'assets', 'debt',
  'market value', 'sales', 'turnover', 'profit', 'profits', 'output of the services sector', 'services sector', 'service sector',
  'tertiary industry', 'primary industry', 'secondary industry', 'added value', 'value added', 'digital economy',
  'contract', 'contracts', 'budget', 'subsidy', 'subsidies', 'grant', 'grants', 'loan',
  '进出口', '進出口', '外贸', '外貿', '进出口总额', '進出口總額', '出口', '进口', '進口', '一般公共预算收入', '一般公共預算收入',
  '财政收入', '財政收入', '税收', '稅收', '收入', '可支配收入', '固定资产投资', '固定資產投資', '投资', '投資', '实际使用外资',
  '實際使用外資', '研发投入', '研發投入', '社会消费品零售总额', '社會消費品零售總額', '消费', '消費', '存款', '贷款', '貸款',
  '资产', '資產', '营收', '營收', '营业收入', '營業收入', '利润', '利潤', '服务业', '服務業', '第三产业', '第三產業', '增加值',
  '数字经济', '數位經濟', '數字經濟', '合同', '预算', '預算', '补贴', '補貼',
  // Prices: "苏州房价均价2.7万一平".
  // ("按当年价格计算", "at current prices" say how a figure is counted: see bind.ts, priceBasis.)
  '房价', '房價', '均价', '均價', '价格', '價格', 'price', 'prices', 'price tag', 'house prices', 'home prices', 'housing prices', 'rent', 'rents', '租金',
  // Counts of firms beside the output they make: "规上工业企业1.2万多家".
  '规上工业企业', '規上工業企業', '规模以上工业企业', '規模以上工業企業', '工业企业', '工業企業',
  // Gaps between two figures: "与苏州的差距扩大到约4600亿元".
  '差距', '差额', '差額', 'gap', 'difference',
  // Debts: "城投平台有息债务余额合计约1.05万亿元".
  '债务', '債務', '债务余额', '債務餘額', '有息债务', '有息債務', '负债', '負債', '城投债', '城投債', '债券', '債券',
  // Head counts: "its resident population was about 12.85 million".
  'population', 'resident population', 'permanent population', 'registered population', '人口', '常住人口', '户籍人口', '戶籍人口',
  // Ages that are not a city's: "7000年文明史", "years of civilisation", prehistory.
  '文明史', '文明', 'civilisation', 'civilization', 'prehistory', '史前', '人类活动', '人類活動',
];
