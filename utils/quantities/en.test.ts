/**
 * Table-driven tests of the English engine on sentences in the style of China Daily / Xinhua copy about
 * county and city development, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractEnglishClaims, parseEnglishNumber, unwrapLines } from './en';
import type { Approx, Change } from './types';

type Row = [text: string, claim: string, value: number, unit: string, approx?: Approx, change?: Change];

function expectClaim([text, claim, value, unit, approx = 'exact', change]: Row) {
  const claims = extractEnglishClaims(text);
  const at = text.indexOf(claim);
  const hit = claims.find((c) => c.start === at && c.text === claim);
  expect(hit, `${claim} in ${text}; found ${claims.map((c) => c.text).join(', ')}`).toBeDefined();
  expect(hit!.value).toBeCloseTo(value, 6);
  expect(hit!.unit).toBe(unit);
  expect(hit!.approx).toBe(approx);
  expect(hit!.change).toBe(change);
}


/** The claims read on any part of `trap`, the first occurrence of it in `text`. */
function claimsOn(text: string, trap: string): string[] {
  const a = text.indexOf(trap);
  const b = a + trap.length;
  return extractEnglishClaims(text).filter((c) => c.start < b && a < c.end).map((c) => c.text);
}

describe('English number words', () => {
  it.each([
    ['twenty-five thousand', 25000],
    ['3.5 billion', 3.5e9],
    ['1,674.5 million', 1.6745e9],
    ['two hundred and five', 205],
    ['a third', 1 / 3],
    ['two thirds', 2 / 3],
    ['one and a half', 1.5],
    ['three quarters', 0.75],
    ['2 1/4', 2.25],
    ['minus five point five', -5.5],
    ['10 bln', 1e10],
    ['the county', null],
  ])('%s → %s', (s, v) => {
    const got = parseEnglishNumber(s);
    if (v === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(v, 9);
  });
});

describe('English claims', () => {
  it.each<Row>([
    ['The county supplied 1,000 mu of industrial land in 2023.', '1,000 mu', 1000, 'mu'],
    ['Its farmland covers 11,640 hectares.', '11,640 hectares', 11640, 'ha'],
    ['The park covers 12.8 square kilometres.', '12.8 square kilometres', 12.8, 'km2'],
    ['a 5.2-square-kilometer zone', '5.2-square-kilometer', 5.2, 'km2'],
    ['The new road is 48 km long.', '48 km', 48, 'km'],
    ['a 7.5km rail link', '7.5km', 7.5, 'km'],
    ['Investment reached 3.5 billion yuan.', '3.5 billion yuan', 3.5e9, 'CNY'],
    ['worth 86.3 billion yuan ($12 billion)', '$12 billion', 1.2e10, 'USD'],
    ['The city will invest RMB 500 million in parks.', 'RMB 500 million', 5e8, 'CNY'],
    ['about 8.5 billion U.S. dollars of deals', '8.5 billion U.S. dollars', 8.5e9, 'USD', 'approx'],
    ['About twenty-five thousand residents moved in.', 'twenty-five thousand residents', 25000, 'person', 'approx'],
    ['The county received half a million visitors.', 'half a million visitors', 500000, 'person'],
    // Visits are counted per head, as 人次 is.
    ['The county received 5.8 million tourist visits in 2025.', '5.8 million tourist visits', 5.8e6, 'person'],
    ['He had four machines and two apprentices.', 'two apprentices', 2, 'person'],
    ['Two dozen villages joined the programme.', 'Two dozen villages', 24, 'count'],
    ['More than 300 companies joined the park.', '300 companies', 300, 'count', 'at_least'],
    ['A third of firms reported higher orders.', 'A third', 100 / 3, 'percent'],
    ['The plan takes 120 working days.', '120 working days', 120, 'day'],
    // "one" before a unit of time a process takes is its length; a working day is always one.
    ['A business license takes one working day.', 'one working day', 1, 'day'],
    ['Permits are issued in 1 business day.', '1 business day', 1, 'day'],
    ['Approval comes within one month of filing.', 'one month', 1, 'month', 'at_most'],
    ['Approvals now take half a day.', 'half a day', 0.5, 'day'],
    ['The 110 kV line was energised; its voltage is 220 kV.', '220 kV', 220, 'kV'],
    ['a 50 MW solar farm', '50 MW', 50, 'MW'],
    ['storage of 20 gigawatt-hours', '20 gigawatt-hours', 2e7, 'kWh'],
    // Abbreviated energy reads in the spec's kWh too, as the words do.
    ['The plant adds 40 GWh of annual capacity.', '40 GWh', 4e7, 'kWh'],
    ['Wind farms generated 2.6TWh last year.', '2.6TWh', 2.6e9, 'kWh'],
    ['Land sold for 1.2 million yuan per mu.', '1.2 million yuan per mu', 1.2e6, 'CNY/mu'],
    ['per capita disposable income of rural residents reached 38,625 yuan', '38,625 yuan', 38625, 'CNY/person'],
    ['Per capita income was 30,000 yuan, and GDP rose to 40 billion yuan.', '40 billion yuan', 4e10, 'CNY'],
    ['It ran 1,873 China-Europe freight trains last year.', '1,873 China-Europe freight trains', 1873, 'count'],
    ['The port hosts 136 logistics firms.', '136 logistics firms', 136, 'count'],
    ['The fair drew 1,200 overseas buyers.', '1,200 overseas buyers', 1200, 'count'],
    ['Per capita income of urban residents was 60,000 yuan, and that of rural residents 35,000 yuan.', '35,000 yuan', 35000, 'CNY/person'],
    ['Rents start at 1.5 yuan per square metre.', '1.5 yuan per square metre', 1.5, 'CNY/m2', 'at_least'],
    // "up to" after a price from a figure bounds another figure; it ends no range.
    ['Land is priced from CNY240,000 per mu, and the zone can refund up to 50 percent.', 'CNY240,000 per mu', 240000, 'CNY/mu', 'at_least'],
    ['wages of about 3,000 yuan a month', '3,000 yuan', 3000, 'CNY', 'approx'],
    ['Output topped 260 billion yuan.', '260 billion yuan', 2.6e11, 'CNY', 'at_least'],
    ['Nearly 1.5 million square metres were built.', '1.5 million square metres', 1.5e6, 'm2', 'approx'],
    ['Prices are up to $20 million.', '$20 million', 2e7, 'USD', 'at_most'],
    ['sourced within a radius of 50 kilometers', '50 kilometers', 50, 'km', 'at_most'],
    ['GDP grew 6.1 percent to 35.2 billion yuan.', '6.1 percent', 6.1, 'percent', 'exact', 'increase'],
    ['Land prices fell by 15% this year.', '15%', 15, 'percent', 'exact', 'decrease'],
    ['The rate rose 2.3 percentage points.', '2.3 percentage points', 2.3, 'percent', 'exact', 'increase'],
    ['Output hit 9.6\nbillion yuan in print text.', '9.6\nbillion yuan', 9.6e9, 'CNY'],
    ['It employs 1,000\npeople.', '1,000\npeople', 1000, 'person'],
    ['The zone is home to 132 refrigeration and cold chain companies.', '132 refrigeration and cold chain companies', 132, 'count'],
    ['a shed where 320 Tan sheep wait for feed', '320 Tan sheep', 320, 'count'],
    ['The county has more than 2,700 Hanfu businesses.', '2,700 Hanfu businesses', 2700, 'count', 'at_least'],
    ['About 30 Chinese companies signed deals.', '30 Chinese companies', 30, 'count', 'approx'],
    ['The herd has grown to 1.12 million head.', '1.12 million head', 1.12e6, 'count'],
    ['It shipped 1.2 million units to 87 countries and regions.', '1.2 million units', 1.2e6, 'count'],
    ['It shipped 1.2 million units to 87 countries and regions.', '87 countries', 87, 'count'],
    ['Coverage has risen from less than 30 percent to 70 percent.', '30 percent', 30, 'percent', 'at_most'],
    ['Coverage has risen from less than 30 percent to 70 percent.', '70 percent', 70, 'percent'],
    ['Drip irrigation is cutting water use per mu by 40 percent.', '40 percent', 40, 'percent', 'exact', 'decrease'],
    ['The county cut chemical fertilizer use by 22 percent.', '22 percent', 22, 'percent', 'exact', 'decrease'],
    ['It aims to expand the park by another 12 square kilometers.', '12 square kilometers', 12, 'km2', 'exact', 'increase'],
    ['The park turns out one in every five freezers sold in China.', 'one in every five freezers', 20, 'percent'],
    ['One out of 4 households has a car.', 'One out of 4 households', 25, 'percent'],
    ['revenue growth of no less than 4 percent', '4 percent', 4, 'percent', 'at_least', 'increase'],
    ['growth of general public budget revenue of no less than 4 percent', '4 percent', 4, 'percent', 'at_least', 'increase'],
    // A rule's floor or ceiling, with "be" between the negation and the comparison.
    // After a passive verb, "over" a length gives the stretch the work covers; after an active one, more than.
    ['The railway section will be double-tracked over 188 km, and a new link opens.', '188 km', 188, 'km', 'exact'],
    ['The county has paved over 300 km of rural roads.', '300 km', 300, 'km', 'at_least'],
    ['The starting price may not be lower than 70 percent of the benchmark.', '70 percent', 70, 'percent', 'at_least'],
    ['The deposit shall not be less than 20 percent.', '20 percent', 20, 'percent', 'at_least'],
    ['Fees may not be higher than 5 percent.', '5 percent', 5, 'percent', 'at_most'],
    ['Rents must not exceed 30 yuan.', '30 yuan', 30, 'CNY', 'at_most'],
    ['Growth has never exceeded 5 percent.', '5 percent', 5, 'percent', 'at_most'],
    ["Rents don't exceed 30 yuan.", '30 yuan', 30, 'CNY', 'at_most'],
    ['Growth was not expected to exceed 5 percent.', '5 percent', 5, 'percent', 'at_most'],
    ['Each loan is not to exceed 5 million yuan.', '5 million yuan', 5e6, 'CNY', 'at_most'],
    ['Output exceeded 200 billion yuan, growing 9.3 percent.', '9.3 percent', 9.3, 'percent', 'exact', 'increase'],
    ['Incomes rose by 4.8 percent and 6.5 percent to 78,420 yuan and 49,360 yuan.', '6.5 percent', 6.5, 'percent', 'exact', 'increase'],
    ['Incomes rose by 4.8 percent and 6.5 percent to 78,420 yuan and 49,360 yuan.', '49,360 yuan', 49360, 'CNY'],
    ['The project would line 356 km of irrigation canals.', '356 km', 356, 'km'],
    ['We added 12 national-level "little giant" firms.', '12 national-level "little giant" firms', 12, 'count'],
    ['It now has 86 "new villagers" from other provinces.', '86 "new villagers"', 86, 'person'],
    ['We will open 40 more elderly-care canteens.', '40 more elderly-care canteens', 40, 'count'],
    ['We will build 420 5G base stations.', '420 5G base stations', 420, 'count'],
    ['A third of the land is forest.', 'A third', 100 / 3, 'percent'],
    ['Tax revenue per mu of industrial land reached 312,000 yuan.', '312,000 yuan', 312000, 'CNY/mu'],
    ['A mu of persimmon trees now brings in 9,000 yuan a year.', '9,000 yuan', 9000, 'CNY/mu'],
    ['Each household earns about 5,000 yuan from the cooperative.', '5,000 yuan', 5000, 'CNY/household', 'approx'],
    ['Household income among members rose from US$2,150 (15,500 yuan) to US$3,010.', '15,500 yuan', 15500, 'CNY/household'],
    ['Per-household income reached 21,700 yuan.', '21,700 yuan', 21700, 'CNY/household'],
    ['Household income in the county totalled 3.2 billion yuan.', '3.2 billion yuan', 3.2e9, 'CNY'],
    ['One mu of land was leased to a firm that makes 3 million yuan.', '3 million yuan', 3e6, 'CNY'],
    // One unit of land required to bring amounts: each amount it must bring is per that unit, however long the lead.
    ['Each mu of new industrial land must bring investment of at least 4 million yuan, and tax of at least 400,000 yuan a year.', '4 million yuan', 4e6, 'CNY/mu', 'at_least'],
    ['Each mu of new industrial land must bring investment of at least 4 million yuan, and tax of at least 400,000 yuan a year.', '400,000 yuan', 400000, 'CNY/mu', 'at_least'],
    ['Each mu of land (about 667 square metres) must bring fixed-asset investment of at least 4.5 million yuan and tax of no less than 450,000 yuan a year.', '450,000 yuan', 450000, 'CNY/mu', 'at_least'],
    ['In the town parks each mu there must bring investment of at least 3.2 million yuan.', '3.2 million yuan', 3.2e6, 'CNY/mu', 'at_least'],
    // "mins" and "min" are minutes, as "minutes" is.
    ['The ride to the port takes 40 mins.', '40 mins', 40, 'minute'],
    // Another clause after "and" is no object of the land's verb.
    ['Each mu must bring investment of at least 4 million yuan and the county has a budget of 2 billion yuan.', '2 billion yuan', 2e9, 'CNY'],
    ['The county has set up 37 cooperatives.', '37 cooperatives', 37, 'count'],
    ['The city ran up 23.7 billion yuan of debt through two LGFVs.', '23.7 billion yuan', 23.7e9, 'CNY'],
    ['An enterprise that gives up 100 mu of collective land receives 70 mu.', '100 mu', 100, 'mu'],
    // An initialism's plural after a number word is what it counts, not a name (as "the Two Sessions" is).
    ["The city's eight LGFVs owe 58.6 billion yuan.", 'eight LGFVs', 8, 'count'],
    ['Exports were up 8 percent.', '8 percent', 8, 'percent', 'exact', 'increase'],
    ['Sales picked up 5 percent in May.', '5 percent', 5, 'percent', 'exact', 'increase'],
    ['Tea makes up 40 percent of farm income.', '40 percent', 40, 'percent'],
    ['Land per mu cost 150,000 yuan, and the county earned 3 billion yuan.', '3 billion yuan', 3e9, 'CNY'],
    ['The bank lent $200m to the county.', '$200m', 2e8, 'USD'],
    ['It invested Rmb3.5bn in the park.', 'Rmb3.5bn', 3.5e9, 'CNY'],
    ['The fund raised US$1.5bn last year.', 'US$1.5bn', 1.5e9, 'USD'],
    ['Wages were raised by 8 percent.', '8 percent', 8, 'percent', 'exact', 'increase'],
    ['The road is 200m long.', '200m', 200, 'm'],
    ['Profit slumped 43% to 1.1 billion yuan.', '43%', 43, 'percent', 'exact', 'decrease'],
    ['Output value soared 25.6 percent year-on-year.', '25.6 percent', 25.6, 'percent', 'exact', 'increase'],
    ['The workforce will shrink by about 2,000 people.', '2,000 people', 2000, 'person', 'approx', 'decrease'],
    ['The unemployment rate edged down to 5.1 percent.', '5.1 percent', 5.1, 'percent'],
    ['The project will be implemented over six years.', 'six years', 6, 'year'],
    ['The firm has operated for over 20 years.', '20 years', 20, 'year', 'at_least'],
    ['The work took over six months.', 'six months', 6, 'month', 'at_least'],
    ['Over 300 companies joined.', '300 companies', 300, 'count', 'at_least'],
    ['Jiashan signs 18 projects worth 21.6b yuan', '21.6b yuan', 2.16e10, 'CNY'],
    ['a fund of $2.96b', '$2.96b', 2.96e9, 'USD'],
    ['a 300m yuan industrial fund', '300m yuan', 3e8, 'CNY'],
    // The Economist's style: trn for trillion, a glued m before a unit or people, the currency named once in a sentence.
    ['Such debts came to nearly 60trn yuan last year.', '60trn yuan', 6e13, 'CNY', 'approx'],
    ["Hegang's mines produced 7.2m tonnes last year.", '7.2m tonnes', 7.2e6, 't'],
    ['The city of 3m people has a 30m tower.', '3m people', 3e6, 'person'],
    ['The city of 3m people has a 30m tower.', '30m', 30, 'm'],
    ['It owed 41.3bn yuan in 2025, up from 27.6bn in 2021.', '27.6bn', 27.6e9, 'CNY'],
    ['It got 8.9 billion yuan in the first round and 5.2 billion in the second.', '5.2 billion', 5.2e9, 'CNY'],
    ['Land sales brought in 2.1bn yuan in 2019 but raised just 380m last year.', '380m', 3.8e8, 'CNY'],
    ['The 2bn yuan bridge is 380m long.', '380m', 380, 'm'],
    // Qualifiers and units of a feature and a research note.
    ['Her pay arrived six weeks late.', 'six weeks', 42, 'day'],
    ['Its vehicles owed roughly another 30bn yuan.', '30bn yuan', 30e9, 'CNY', 'approx'],
    ["The rest of China's 1,800-odd counties are poor.", '1,800-odd counties', 1800, 'count', 'at_least'],
    ['Keep capital spending within its RMB 38 billion budget.', 'RMB 38 billion', 38e9, 'CNY', 'at_most'],
    ['They surveyed 386 households in four Chongzhou towns.', 'four Chongzhou towns', 4, 'count'],
    ['Rents rose from around 500 yuan per mu in 2010 to a peak of 1,000 yuan in 2021.', '1,000 yuan', 1000, 'CNY/mu'],
    ['Rent was 500 yuan per mu and 200 households got 800 yuan.', '800 yuan', 800, 'CNY'],
    ['The population has shrunk by a sixth.', 'a sixth', 100 / 6, 'percent', 'exact', 'decrease'],
    ['with 2,000-plus livestreaming rooms selling guzheng', '2,000-plus livestreaming rooms', 2000, 'count', 'at_least'],
    ['It has 10,000-plus mu of orchards.', '10,000-plus mu', 10000, 'mu', 'at_least'],
    // A change and the level it reached, not a range from one to the other.
    ['Their share rose 2.3 percentage points to 38.5 percent.', '2.3 percentage points', 2.3, 'percent', 'exact', 'increase'],
    ['Their share rose 2.3 percentage points to 38.5 percent.', '38.5 percent', 38.5, 'percent'],
    // Research notes shorten percentage points to pp or ppt: the same change and level.
    ["Its share of Jiangsu's exports slipped 1.7pp to 11.8%.", '1.7pp', 1.7, 'percent', 'exact', 'decrease'],
    ["Its share of Jiangsu's exports slipped 1.7pp to 11.8%.", '11.8%', 11.8, 'percent'],
    ['The margin rose 1.2 ppts to 14%.', '1.2 ppts', 1.2, 'percent', 'exact', 'increase'],
    ['Investment rose 6.2%, 3.5pp faster than the provincial average.', '3.5pp', 3.5, 'percent'],
    // "near" before a figure is an approximation, as "nearly" is.
    ['Curtailment near 10% means every new gigawatt earns less.', '10%', 10, 'percent', 'approx'],
    // A qualifier between "by" and the figure keeps the change a verb of cutting or raising says.
    ['It is enough to cut emissions by roughly 38 million tonnes of CO2 a year.', '38 million tonnes', 38e6, 't', 'approx', 'decrease'],
    ['The county will expand the park by about 12 square kilometers.', '12 square kilometers', 12, 'km2', 'approx', 'increase'],
    // The object may come before the verb: nothing stands between the verb and "by" (a participle before "by" names
    // the agent: "lifted by 38 new projects" is no change).
    ['It is a figure the county wants to raise by 8 percentage points within three years.', '8 percentage points', 8, 'percent', 'exact', 'increase'],
    ['The rate is one the city hopes to reduce by 5 percent.', '5 percent', 5, 'percent', 'exact', 'decrease'],
    // "grow" before a percentage is a change; before an amount it is farming.
    ['General budget revenue is expected to grow 2%-4% a year.', '2%-4%', 2, 'percent', 'exact', 'increase'],
    ['Farmers grow 2,000 mu of tea.', '2,000 mu', 2000, 'mu'],
    ["The county grows about 40 percent of China's danggui.", '40 percent', 40, 'percent', 'approx'],
    ['Investment rose 6.2%, lifted by 38 new projects.', '38 new projects', 38, 'item'],
    // A run of years is a span, not the window of a statistic (three-month moving average is one, not a claim).
    ['It has ranked among the top 100 counties for 18 years running.', '18 years', 18, 'year'],
    // A comparison with another place's average is no change; the growth rate moving is one.
    ['GDP grew 6.9 percent, 1.9 percentage points higher than the provincial average.', '1.9 percentage points', 1.9, 'percent'],
    ['Income grew 9.9 percent, 2.6 percentage points higher than the national rural average.', '2.6 percentage points', 2.6, 'percent'],
    // Taiwan dollars and Singapore dollars before the figure, and Taiwan's land priced per ping.
    ['The project will cost NT$42.6 billion (US$1.33 billion).', 'NT$42.6 billion', 42.6e9, 'TWD'],
    ['Land changed hands at NT$1.15 million per ping, up from NT$820,000 per ping.', 'NT$1.15 million per ping', 1.15e6, 'TWD/ping'],
    ['Rent will be NT$58 per ping per month.', 'NT$58 per ping', 58, 'TWD/ping'],
    ['GDP reached 418 billion yuan (S$77 billion) last year.', 'S$77 billion', 77e9, 'SGD'],
    ['Land sells for roughly S$335 per sq m.', 'S$335 per sq m', 335, 'SGD/m2', 'approx'],
    ['The park has about 12,000 foreigners among its residents.', '12,000 foreigners', 12000, 'person', 'approx'],
    // "about" reaches a figure of the same kind that "and" joins to the first, not one of another kind.
    ['It has about 2.5 million residents and 650,000 jobs.', '650,000 jobs', 650000, 'person', 'approx'],
    ['About 140 households and 23 hectares of farmland would be affected.', '23 hectares', 23, 'ha'],
    ['Nearly 40,000 residents and 26,000 head of livestock are short of water.', '26,000 head', 26000, 'count'],
    ['It would create some 12,000 jobs and NT$280 billion in output.', 'NT$280 billion', 280e9, 'TWD'],
    // So it does a figure in the same unit and construction: each followed by the same preposition and its object.
    ['The park lies about 48 kilometres from Phnom Penh and 190 kilometres from Sihanouk Port.', '190 kilometres', 190, 'km', 'approx'],
    ['It is about 48 kilometres from Phnom Penh and 190 kilometres away.', '190 kilometres', 190, 'km'],
    ['It covers about 12 hectares of farmland and 3 square kilometres of forest.', '3 square kilometres', 3, 'km2'],
    ['Output rose 5 percent, 2 percentage points higher than last year.', '2 percentage points', 2, 'percent', 'exact', 'increase'],
    // A comparison with another place, or with what would have been, is no change; one with another time is.
    ['Land costs about a third less than in neighbouring Kunshan.', 'a third', 100 / 3, 'percent', 'approx'],
    ["An evaluated firm's value added was 9.7% higher than it would otherwise have been.", '9.7%', 9.7, 'percent'],
    ['Output was 15% higher than in 2024.', '15%', 15, 'percent', 'exact', 'increase'],
    ['Sales were 8% lower than in March.', '8%', 8, 'percent', 'exact', 'decrease'],
    // So is one with another measure or thing named after "than"; one with a time among those words is a change.
    ['The average monthly wage, US$325, is about 55 percent higher than the minimum wage of the garment sector.', '55 percent', 55, 'percent', 'approx'],
    ['A box by rail costs roughly 15% less than the same box by sea.', '15%', 15, 'percent', 'approx'],
    ['Yields average 610 kilograms per mu, about 8% more than on household plots.', '8%', 8, 'percent', 'approx'],
    ['Prices were 6% higher than last year.', '6%', 6, 'percent', 'exact', 'increase'],
    ['Exports were 10% higher than the same period of 2024.', '10%', 10, 'percent', 'exact', 'increase'],
    ['Output was 15% higher than at the end of 2025.', '15%', 15, 'percent', 'exact', 'increase'],
    // A month or a day named after "than" is a time too.
    ['Exports in February were 12% higher than January.', '12%', 12, 'percent', 'exact', 'increase'],
    ["Sales were 4% lower than March's.", '4%', 4, 'percent', 'exact', 'decrease'],
    ['Turnover was 3% higher than yesterday.', '3%', 3, 'percent', 'exact', 'increase'],
    // The figure a change is set against is the same measure's change elsewhere.
    ['Value added rose by 38.2% over the period, against 21.5% in 14 comparable counties.', '21.5%', 21.5, 'percent', 'exact', 'increase'],
    ['Exports grew 12% in the county, compared with 7% in the province.', '7%', 7, 'percent', 'exact', 'increase'],
    ['Exports grew 12%, against a target of 10%.', '10%', 10, 'percent'],
    // A clause on "those" with no verb of its own leaves out the verb of the change before it.
    ['Firms on small parcels gained 14.2%, those on parcels of 2 to 10 hectares 8.1%, and the rest nothing.', '8.1%', 8.1, 'percent', 'exact', 'increase'],
    ['Exports from the zone fell 6%, those from the old town 2%.', '2%', 2, 'percent', 'exact', 'decrease'],
    ['Exports from the zone fell 6%, those from the old town made up 40%.', '40%', 40, 'percent'],
    // People before hours or days measure the work's time.
    ['Respondents spent an average of 46 staff hours a year on duplicate data submissions.', '46 staff hours', 46, 'hour'],
    ['Clearing the site took 1,200 man-days.', '1,200 man-days', 1200, 'day'],
    ['The county hired 46 staff last year.', '46 staff', 46, 'person'],
    // A figure compared with a rate in its sentence is in that rate.
    ['Tax revenue per mu hit 186,000 yuan, well above the county average of 124,000 yuan.', '124,000 yuan', 124000, 'CNY/mu'],
    // A difference said right after a rate, as more or less than something, is in that rate; a new amount is not.
    ['Growers earn about 3,800 yuan per mu, nearly 1,000 yuan more than they would with corn.', '1,000 yuan', 1000, 'CNY/mu', 'approx'],
    ['Growers earn about 3,800 yuan per mu, and the county paid 1,000 yuan more for seed.', '1,000 yuan', 1000, 'CNY'],
    // A "per mu" inside the figure before is that figure's rate.
    ['The county pays 350,000 yuan per mu for the difference, plus a subsidy of up to 1.5 million yuan per enterprise.', '1.5 million yuan', 1.5e6, 'CNY', 'at_most'],
  ])('%j → %j', (...row) => expectClaim(row));

  it.each([
    ['Between 10 and 20 hectares of farmland will be restored.', '10 and 20 hectares', 10, 20, 'ha'],
    ['Plots of 10-20 hectares are offered.', '10-20 hectares', 10, 20, 'ha'],
    ['salaries of 4,500 to 6,000 yuan', '4,500 to 6,000 yuan', 4500, 6000, 'CNY'],
    ['new parks of 3.5-4 billion yuan each', '3.5-4 billion yuan', 3.5e9, 4e9, 'CNY'],
  ])('range %s → %s', (text, claim, low, high, unit) => {
    const hit = extractEnglishClaims(text).find((c) => c.text === claim);
    expect(hit).toBeDefined();
    expect(hit!.value).toBe(low);
    expect(hit!.range).toEqual({ low, high });
    expect(hit!.unit).toBe(unit);
  });
});

describe('English tables', () => {
  it('reads bare cells in the unit the caption gives, named by row label and column header', () => {
    const text = 'Table 1. Project Cost and Financing (US$ million)\nComponent\tProject Cost\tIBRD Financing\nRural Roads\t112.4\t96.0\nTotal\t213.5\t180.0';
    const claims = extractEnglishClaims(text);
    expect(claims.map((c) => [c.text, c.value, c.unit, c.subject])).toEqual([
      ['112.4', 112.4e6, 'USD', 'Rural Roads Project Cost'],
      ['96.0', 96e6, 'USD', 'Rural Roads IBRD Financing'],
      ['213.5', 213.5e6, 'USD', 'Total Project Cost'],
      ['180.0', 180e6, 'USD', 'Total IBRD Financing'],
    ]);
  });

  it('reads bare cells in the unit their row gives in a Unit column', () => {
    const text = 'Indicator\tUnit\t2023\t2024\nGDP\tbillion yuan\t61.25\t64.8\nFarmland\thectares\t8,450\t9,100';
    expect(extractEnglishClaims(text).map((c) => [c.text, c.value, c.unit])).toEqual([
      ['61.25', 61.25e9, 'CNY'], ['64.8', 64.8e9, 'CNY'], ['8,450', 8450, 'ha'], ['9,100', 9100, 'ha'],
    ]);
  });

  it.each([
    ['(USD million)', 112.4e6, 'USD'], ['(US$ millions)', 112.4e6, 'USD'], ['(US$m)', 112.4e6, 'USD'],
    ['(RMB billion)', 112.4e9, 'CNY'], ['(million yuan)', 112.4e6, 'CNY'], ['(in millions of US dollars)', 112.4e6, 'USD'],
    ['(thousands of yuan)', 112.4e3, 'CNY'], ['(hectares)', 112.4, 'ha'], ['(%)', 112.4, 'percent'],
  ])('reads a cell under a caption ending %s', (unit, value, code) => {
    const [claim] = extractEnglishClaims(`Table 3. Costs ${unit}\nItem\tCost\nRoads\t112.4`);
    expect([claim?.text, claim?.value, claim?.unit]).toEqual(['112.4', value, code]);
  });

  it('reads a results framework whose Unit of measure column says Number of people, Number, Percentage', () => {
    const text = 'Indicator\tUnit of measure\tBaseline\tEnd target\nPopulation with road access\tNumber of people\t412,000\t598,000\nHouseholds adopting practices\tNumber\t1,200\t21,500\nRoads with drainage\tPercentage\t12\t85\nFunds disbursed\tUS$ million\t10\t200';
    expect(extractEnglishClaims(text).map((c) => [c.text, c.value, c.unit])).toEqual([
      ['412,000', 412_000, 'person'], ['598,000', 598_000, 'person'], ['1,200', 1200, 'count'], ['21,500', 21_500, 'count'],
      ['12', 12, 'percent'], ['85', 85, 'percent'], ['10', 10e6, 'USD'], ['200', 200e6, 'USD'],
    ]);
    const coded = 'Indicator\tUnit of measure\tBaseline\nIR 2.3: Households adopting practices\tNumber\t1,200';
    expect(extractEnglishClaims(coded)[0]?.subject).toBe('Households adopting practices Baseline');
  });

  it('reads a unit column that gives a quantity a year or a day in its unit, as running text does', () => {
    const text = 'Indicator\tUnit\tBaseline (2025)\tTarget (2031)\nFreight handled at the park\tMillion tonnes per year\t0\t6.5\nWater treated\tCubic meters/day\t0\t38,000';
    expect(extractEnglishClaims(text).map((c) => [c.text, c.value, c.unit])).toEqual([
      ['0', 0, 't'], ['6.5', 6.5e6, 't'], ['0', 0, 'm3'], ['38,000', 38_000, 'm3'],
    ]);
  });

  it("reads an implementation report's Actual (Previous) and Actual (Current) columns in the row's Unit of measure", () => {
    const text = 'Indicator\tUnit of measure\tBaseline\tActual (Previous)\tActual (Current)\tEnd Target\nPipes laid\tKilometers\t0\t940\t1,262\t2,150\nPlants in operation\tNumber\t0\t6\t9\t12';
    const claims = extractEnglishClaims(text);
    expect(claims.map((c) => [c.text, c.value, c.unit])).toEqual([
      ['0', 0, 'km'], ['940', 940, 'km'], ['1,262', 1262, 'km'], ['2,150', 2150, 'km'],
      ['0', 0, 'count'], ['6', 6, 'count'], ['9', 9, 'count'], ['12', 12, 'count'],
    ]);
    // The brackets qualify the column: they stay in the subject, as a unit's brackets do not.
    expect(claims.slice(0, 4).map((c) => c.subject)).toEqual([
      'Pipes laid Baseline', 'Pipes laid Actual Previous', 'Pipes laid Actual Current', 'Pipes laid End Target',
    ]);
  });

  it('reads a translated work report table: year-led headers, (100 million yuan) labels, growth columns, qualifiers in words', () => {
    const text = 'Indicator\t2025 Result\tGrowth (%)\t2026 Target Growth (%)\nRegional GDP (100 million yuan)\t786.2\t6.3\taround 6\nRetail sales (10,000 yuan)\t3,659\t5.4\tabove 7\nPer capita disposable income of rural residents (yuan)\t52310\t6.2\t6.5';
    expect(extractEnglishClaims(text).map((c) => [c.text, c.value, c.unit, c.approx, c.change])).toEqual([
      ['786.2', 786.2e8, 'CNY', 'exact', undefined], ['6.3', 6.3, 'percent', 'exact', 'increase'], ['6', 6, 'percent', 'approx', 'increase'],
      ['3,659', 3659e4, 'CNY', 'exact', undefined], ['5.4', 5.4, 'percent', 'exact', 'increase'], ['7', 7, 'percent', 'at_least', 'increase'],
      ['52310', 52310, 'CNY/person', 'exact', undefined], ['6.2', 6.2, 'percent', 'exact', 'increase'], ['6.5', 6.5, 'percent', 'exact', 'increase'],
    ]);
  });

  it('reads a research note table: a caption in % of GDP (unless noted), a change column in pp with its sign outside the span', () => {
    const text = 'Table 1: Fiscal indicators, 2019-2025 (% of GDP unless noted)\nIndicator\t2019\t2025\tChange 2019-25 (pp)\nRevenue\t6.1\t7.2\t1.1\nLand sales\t2.3\t0.6\t-1.7';
    expect(extractEnglishClaims(text).map((c) => [c.text, c.value, c.unit, c.change])).toEqual([
      ['6.1', 6.1, 'percent', undefined], ['7.2', 7.2, 'percent', undefined], ['1.1', 1.1, 'percent', 'increase'],
      ['2.3', 2.3, 'percent', undefined], ['0.6', 0.6, 'percent', undefined], ['1.7', 1.7, 'percent', 'decrease'],
    ]);
    const growth = extractEnglishClaims('Indicator\t2025 Result\tGrowth (%)\nRetail sales (10,000 yuan)\t3,659\t-5.4');
    expect(growth.at(-1)).toMatchObject({ text: '5.4', value: 5.4, change: 'decrease' });
  });

  it('reads a results table whose header row holds a research note\'s periods (1H25, 1H26) and a yoy (%) column of changes', () => {
    const text = 'Figure 1: 1H26 results summary (Rmb mn)\n\t1H25\t1H26\tyoy (%)\nRevenue\t1,126\t1,286\t14.2\nNet profit\t214\t203\t-5.1';
    expect(extractEnglishClaims(text).map((c) => [c.text, c.value, c.unit, c.change])).toEqual([
      ['1,126', 1126e6, 'CNY', undefined], ['1,286', 1286e6, 'CNY', undefined], ['14.2', 14.2, 'percent', 'increase'],
      ['214', 214e6, 'CNY', undefined], ['203', 203e6, 'CNY', undefined], ['5.1', 5.1, 'percent', 'decrease'],
    ]);
  });

  it('reads a key-indicators table: growth named by its row label in percent, per capita after the measure it divides', () => {
    const text = 'Indicator\tJiangxi\tRank (of 31)\nGDP (US$ billion)\t498.6\t15th\nReal GDP growth (%)\t5.1\t12th\nExport growth (%)\t-2.3\t20th\nGDP per capita (US$)\t11,130\t21st\nUrbanization rate (%)\t64.2\t19th';
    expect(extractEnglishClaims(text).map((c) => [c.text, c.value, c.unit, c.change])).toEqual([
      ['498.6', 498.6e9, 'USD', undefined], ['5.1', 5.1, 'percent', 'increase'], ['2.3', 2.3, 'percent', 'decrease'],
      ['11,130', 11130, 'USD/person', undefined], ['64.2', 64.2, 'percent', undefined],
    ]);
  });

  it('reads no bare cell without a unit for its table', () => {
    expect(extractEnglishClaims('Table 2. Villages\nCounty\tVillages\nTongjiang\t412')).toEqual([]);
  });
});

describe('Hong Kong government English', () => {
  it.each<Row>([
    ['The sites will provide about 254 000 square metres of floor area.', '254 000 square metres', 254000, 'm2', 'approx'],
    ['The park will create some 48 000 R&D jobs.', '48 000 R&D jobs', 48000, 'person', 'approx'],
    ['The works cost $6.2 billion, and HK$1.1 billion more was set aside.', '$6.2 billion', 6.2e9, 'HKD'],
    ['The new town will house about 180 000 people and 42 000 jobs.', '42 000 jobs', 42000, 'person', 'approx'],
  ])('%j → %j', (...row) => expectClaim(row));

  it('carries "about" over "and" only, not over a comma or to a figure already qualified', () => {
    const claims = extractEnglishClaims('It has about 300 hectares, 12 villages and more than 40 firms.');
    expect(claims.map((c) => [c.text, c.approx])).toEqual([['300 hectares', 'approx'], ['12 villages', 'exact'], ['40 firms', 'at_least']]);
  });

  it('keeps a bare $ in US dollars when the text writes US dollars too', () => {
    const [claim] = extractEnglishClaims('The fund of $500 million, or HK$3.9 billion, matches US$500 million of loans.');
    expect(claim).toMatchObject({ text: '$500 million', unit: 'USD' });
    expect(extractEnglishClaims('The project costs $2 billion.')[0]).toMatchObject({ unit: 'USD' });
  });

  it('keeps a bare $ in US dollars when a rate note prices it in Hong Kong dollars', () => {
    const text = 'Exports fell to $9.6 billion.\n\n($1 = 7.7812 Hong Kong dollars)';
    expect(extractEnglishClaims(text)[0]).toMatchObject({ text: '$9.6 billion', unit: 'USD' });
    const note = extractEnglishClaims('Output was $2 billion. ($1 = HK$7.78)');
    expect(note[0]).toMatchObject({ text: '$2 billion', unit: 'USD' });
  });

  it('reads a bare $ in brackets after a HK$ amount as its conversion into US dollars', () => {
    const claims = extractEnglishClaims('It is worth HK$96 billion ($12.3 billion), and the fund adds $4 billion.');
    expect(claims.map((c) => [c.text, c.unit])).toEqual([
      ['HK$96 billion', 'HKD'],
      ['$12.3 billion', 'USD'],
      ['$4 billion', 'HKD'],
    ]);
  });
});

describe('English not claims', () => {
  it.each([
    ['The plan was approved in November 2020.', 'November 2020'],
    ['Work began on March 3, 2024.', 'March 3, 2024'],
    ['The county ranked 3rd in the province.', '3rd'],
    ['It was the first project of its kind.', 'first'],
    ['Call 0571-88886666 for details.', '0571-88886666'],
    ['5G coverage reached every village.', '5G'],
    ['COVID-19 hit the county.', 'COVID-19'],
    ['a 48-year-old farmer', '48-year-old'],
    ['Ten years ago the village was poor.', 'Ten years ago'],
    ['One day she decided to open a shop.', 'One day'],
    ['In the first six months, output rose.', 'first six months'],
    ['Output rose 2.4% on a three-month moving average basis.', 'three-month'],
    ['Sales are up 3% on a 12-month rolling basis.', '12-month'],
    ['The three-month average of output rose.', 'three-month'],
    ['Sales are up 3% on a 12-month rolling total.', '12-month'],
    ['under the 14th Five-Year Plan', 'Five-Year Plan'],
    ['Five Fortune Global 500 companies came.', 'Global 500'],
    ['One company signed; a company left.', 'One company'],
    ['The 2021-2025 plan covers the county.', '2021-2025'],
    ['a 110 kV substation', '110 kV'],
    ['during the Two Sessions in Beijing', 'Two Sessions'],
    ['a one-stop service centre', 'one-stop'],
    ['Article 14 Jiading District plans the roads.', '14 Jiading'],
    ['Take Line 3 to the park.', 'Line 3'],
    // A bond's short name (year of issue, issuer, series) names the bond, even where the issuer is a unit's word.
    ['21 Mile Chengtou 01\tCorporate bond\t800', '21 Mile'],
    ['Holders of 24 Mile Chengtou MTN001 met.', '24 Mile'],
    ['Output is given in billion yuan.', 'billion yuan'],
    ['In the first three quarters, GDP grew.', 'three quarters'],
    ['Exports rose for a third straight quarter.', 'a third'],
    ['It topped the list for a fifth consecutive year.', 'a fifth'],
    ['Table 1 Main Indicators for 2026', '1 Main Indicators'],
    // A paper's statistics: a confidence level and its interval, a sample size.
    ['The estimate implies a gain of 9.7% (95% CI 6.1-13.3%).', '95%'],
    ['The estimate implies a gain of 9.7% (95% CI 6.1-13.3%).', '6.1-13.3%'],
    ['Yields rose 3.2% (90% confidence interval: 1.1% to 5.3%).', '1.1% to 5.3%'],
    ['Yields rose 3.2% (95% CI: 1.1%, 5.3%).', '5.3%'],
    ['With N = 11,574 firm-year observations, the estimate is precise.', '11,574 firm-year observations'],
    ['Small firms (n = 734 firms) gained most.', '734 firms'],
  ])('%s: %s', (text, trap) => {
    expect(claimsOn(text, trap)).toEqual([]);
  });
});

describe('English claim fields', () => {
  it('takes the subject from "of" after the unit, with what was done to it, and the sentence from compromise', () => {
    const text = 'The county is growing. It supplied 1,000 mu of industrial land in 2023. Prices rose.';
    const [c] = extractEnglishClaims(text);
    expect(c).toMatchObject({ text: '1,000 mu', subject: 'industrial land supplied', sentence: 'It supplied 1,000 mu of industrial land in 2023.' });
    expect(c.siValue).toBeCloseTo(1000 * (10000 / 15), 6);
    expect(c.siUnit).toBe('m2');
  });
});

describe('English claims in bond, port-plan and feature copy', () => {
  it.each<Row>([
    ['Spreads have narrowed by about 145 basis points since January.', '145 basis points', 1.45, 'percent', 'approx', 'decrease'],
    ['The spread stood at 210 bps, data showed.', '210 bps', 2.1, 'percent'],
    ['Spreads tightened 30 bps last week.', '30 bps', 0.3, 'percent', 'exact', 'decrease'],
    ['The subsidy is 500 yuan per head of cattle.', '500 yuan', 500, 'CNY'],
    ['Villagers earn 800 yuan per head a year.', '800 yuan per head', 800, 'CNY/person'],
    ['The yield fell to 2.04%, down 52 bps from the end of last year.', '52 bps', 0.52, 'percent', 'exact', 'decrease'],
    ['It priced the note 25bp inside guidance.', '25bp', 0.25, 'percent'],
    ['The county has 12 BP filling stations.', '12 BP filling stations', 12, 'count'],
    ['Its gross margin widened by 2.6 percentage points to 18.9 per cent.', '2.6 percentage points', 2.6, 'percent', 'exact', 'increase'],
    ['The gap is to narrow by at least 3 percentage points.', '3 percentage points', 3, 'percent', 'at_least', 'decrease'],
    ['The measures will save about 260,000 tonnes of standard coal.', '260,000 tonnes', 260000, 't', 'approx', 'decrease'],
    ['The province will expand the Meishan bonded port area by 2.1 square kilometers.', '2.1 square kilometers', 2.1, 'km2', 'exact', 'increase'],
    ['The port handled 39.3 million TEU of containers.', '39.3 million TEU', 39.3e6, 'count'],
    ['At least 1,000 shipping, trading and logistics companies will register.', '1,000 shipping, trading and logistics companies', 1000, 'count', 'at_least'],
    ['The islands will host two new oil and gas storage bases.', 'two new oil and gas storage bases', 2, 'count'],
    ['He lived in a dormitory with seven other men.', 'seven other men', 7, 'person'],
    ['Subsidies are capped at 50 million yuan per project.', '50 million yuan', 5e7, 'CNY', 'at_most'],
    ['raising the subsidy for a set of kitchen appliances to as much as 3,000 yuan', '3,000 yuan', 3000, 'CNY', 'at_most'],
    ['As many as 400 households will be moved.', '400 households', 400, 'household', 'at_most'],
    // Passing a figure is reaching beyond it; "the past 12 months" is a period, not a bound.
    ["the city's battery capacity passes 300 GWh", '300 GWh', 3e8, 'kWh', 'at_least'],
    ["taking the city's capacity past 300 GWh", '300 GWh', 3e8, 'kWh', 'at_least'],
    ['Banks lent 23.5 billion yuan in the past 12 months.', '23.5 billion yuan', 2.35e10, 'CNY'],
    ['Graduates receive a one-off allowance of 20,000 yuan per person.', '20,000 yuan per person', 20000, 'CNY/person'],
    ['Each family gets 3,000 yuan a household.', '3,000 yuan a household', 3000, 'CNY/household'],
    ['Projects must reach at least 15 million yuan of output per mu.', '15 million yuan', 1.5e7, 'CNY/mu', 'at_least'],
    // A noun that a comma follows heads a list of nouns; before a counted noun the list's words describe it.
    ['It is sold in thirty-two provinces, regions and municipalities.', 'thirty-two provinces', 32, 'count'],
    ['It hosts 1,000 shipping, trading and logistics companies.', '1,000 shipping, trading and logistics companies', 1000, 'count'],
    // An amount with its scale and no unit after money whose scale is in words is in that money.
    ['The budget is one point five billion yuan, up from one point one billion last year.', 'one point one billion', 1.1e9, 'CNY'],
    ['Output should pass one hundred billion yuan, and Meitan alone reach thirty billion.', 'thirty billion', 3e10, 'CNY'],
    // A conversion in brackets before the rate: both figures are per mu, each span its money.
    ['Members lost about 6,000 yuan ($830) per mu on the crop.', '6,000 yuan', 6000, 'CNY/mu', 'approx'],
    ['Members lost about 6,000 yuan ($830) per mu on the crop.', '$830', 830, 'USD/mu', 'approx'],
    ['Land sold for 1.2 million yuan (US$165,000)/mu.', '1.2 million yuan', 1.2e6, 'CNY/mu'],
    ['It raised 6,000 yuan ($830) for the school.', '6,000 yuan', 6000, 'CNY'],
    ['We pay each household a dividend of about ¥1,200 a year.', '¥1,200', 1200, 'CNY/household', 'approx'],
    // A sentence that opens on "for each" and what is paid for, then a comma and the payment, gives the rate.
    ['For each local worker a new firm hires in its first year, the county pays a subsidy of 1,000 yuan.', '1,000 yuan', 1000, 'CNY/person'],
    ['For every mu of land it gives up, a firm receives 300,000 yuan.', '300,000 yuan', 300000, 'CNY/mu'],
    ['For each project, the county pays up to 10 million yuan.', '10 million yuan', 10e6, 'CNY', 'at_most'],
    ['But the national rural average was still 15% higher.', '15%', 15, 'percent'],
  ])('%s → %s', (...row) => expectClaim(row));

  it('reads both ends of a range in basis points', () => {
    const [c] = extractEnglishClaims('Spreads may widen by 20-30 bps.');
    expect(c).toMatchObject({ value: 0.2, unit: 'percent', range: { low: 0.2, high: 0.3 } });
  });

  it.each([
    ['($1 = 7.1325 Chinese yuan)', '$1'],
    ['(US$1 = 7.13 yuan)', '7.13 yuan'],
    ['The two cities aim to attract talent.', 'two cities'],
    ['She picks the two leaves and a bud.', 'two leaves'],
    ['The top 10 men and women share the purse.', '10 men'],
  ])('%s: %s is no claim', (text, trap) => {
    expect(claimsOn(text, trap)).toEqual([]);
  });

  it('keeps a figure after "the" in digits and a list comma that no "and" closes', () => {
    expect(extractEnglishClaims('The 12 villages joined.').map((c) => c.text)).toEqual(['12 villages']);
    expect(extractEnglishClaims('the six-mile trip took the three hours').map((c) => c.text)).toEqual(['six-mile', 'three hours']);
    expect(extractEnglishClaims('It hired 300 locally, many companies said.').map((c) => c.text)).toEqual([]);
  });
});

describe('English claims in debt, completion-report, feature and plan copy', () => {
  it.each<Row>([
    ['The debt of its 38 rated LGFVs fell 7.4% to about 1.05 trillion yuan.', '38 rated LGFVs', 38, 'count'],
    ['Debt dropped by 46 billion yuan to 312 billion yuan.', '46 billion yuan', 46e9, 'CNY', 'exact', 'decrease'],
    ['Debt dropped by 46 billion yuan to 312 billion yuan.', '312 billion yuan', 312e9, 'CNY'],
    ['Investors demanded more to hold the one-year notes.', 'one-year', 1, 'year'],
    ['Chen tends a one-hectare plot.', 'one-hectare', 1, 'ha'],
    ['It swapped more than 420 billion yuan ($58 billion) of debt.', '$58 billion', 58e9, 'USD', 'at_least'],
    ['Revenue slumped 28% and fell another 11% in the first nine months.', '11%', 11, 'percent', 'exact', 'decrease'],
    ['Budget revenue rose just 1.2% to 208.3 billion yuan.', '1.2%', 1.2, 'percent', 'exact', 'increase'],
    ['The bonds carry 2.06%, saving the city about 13 billion yuan a year.', '13 billion yuan', 13e9, 'CNY', 'approx', 'decrease'],
    ['Anhui aims to keep average annual GDP growth at around 5.5 percent.', '5.5 percent', 5.5, 'percent', 'approx', 'increase'],
    ['Energy use per unit of GDP is to be cut by 13.5 percent over the period and emissions per unit of GDP by 18 percent.', '18 percent', 18, 'percent', 'exact', 'decrease'],
    ['Seedlings come from one of eight certified, insect-proof nurseries.', 'eight certified, insect-proof nurseries', 8, 'count'],
    ['The plan calls for 20 strategic emerging industry clusters.', '20 strategic emerging industry clusters', 20, 'count'],
    ['The port handled 19.2 million TEUs.', '19.2 million TEUs', 19.2e6, 'count'],
    ['Nansha has 4,300 Hong Kong- and Macau-funded firms.', '4,300 Hong Kong- and Macau-funded firms', 4300, 'count'],
    ['Loans went to 1,200 small- and medium-sized enterprises.', '1,200 small- and medium-sized enterprises', 1200, 'count'],
    // Two origins joined by "and" describe the noun; an initialism joined by & after a modifier is no name.
    ['The park is home to 27 Dutch and Chinese agri-tech firms.', '27 Dutch and Chinese agri-tech firms', 27, 'count'],
    ['The zone has drawn 30 Chinese and foreign companies.', '30 Chinese and foreign companies', 30, 'count'],
    ['It hosts 12 joint R&D centers.', '12 joint R&D centers', 12, 'count'],
    ['Two in five working-age villagers now live elsewhere.', 'Two in five working-age villagers', 40, 'percent'],
    ['Overnight visitors stayed 2.3 days on average.', '2.3 days', 2.3, 'day'],
    // The object between the verb and "by" may be long (energy consumption per unit of GDP).
    ['The county will cut energy consumption per unit of GDP by 3 percent.', '3 percent', 3, 'percent', 'exact', 'decrease'],
    ['It will cut energy consumption per 10,000 yuan of GDP by 3 percent.', '3 percent', 3, 'percent', 'exact', 'decrease'],
  ])('%s → %s', (...row) => expectClaim(row));

  it('keeps a range after "by" that a plan or forecast gives', () => {
    const [c] = extractEnglishClaims('The plan will cut labour costs by 15% to 25%.');
    expect(c).toMatchObject({ text: '15% to 25%', change: 'decrease', range: { low: 15, high: 25 } });
  });

  it.each([
    ['Sales reached 1.34 billion yuan, up from 310 million yuan five years earlier.', 'five years earlier'],
    ['It has received quotas of 185 billion yuan in the past two rounds.', 'two rounds'],
    ['Fewer than 200 grow citrus today.', '200 grow citrus'],
    ['A mu of tea brings in three times what wheat earns.', 'three times what wheat earns'],
    ['Temperatures were 9 to 12 degrees Celsius.', '9 to 12 degrees'],
    ['a one-stop service centre and one-off grants', 'one-'],
  ])('%s: %s is no claim', (text, trap) => {
    expect(claimsOn(text, trap)).toEqual([]);
  });

  it('reads a key-indicator table whose headers date their columns in brackets and whose Unit column gives km, number, % and CNY', () => {
    const text = 'Indicator\tUnit\tBaseline (2018)\tTarget (2024)\tActual (2025)\nRural roads upgraded\tkm\t0\t860\t912\nVillages connected\tnumber\t212\t480\t503\nWomen among trainees\t%\t31\t40\t46.5\nPer capita disposable income of rural residents\tCNY\t9,850\t14,500\t16,240';
    expect(extractEnglishClaims(text).map((c) => [c.text, c.value, c.unit])).toEqual([
      ['0', 0, 'km'], ['860', 860, 'km'], ['912', 912, 'km'], ['212', 212, 'count'], ['480', 480, 'count'], ['503', 503, 'count'],
      ['31', 31, 'percent'], ['40', 40, 'percent'], ['46.5', 46.5, 'percent'],
      ['9,850', 9850, 'CNY/person'], ['14,500', 14500, 'CNY/person'], ['16,240', 16240, 'CNY/person'],
    ]);
    expect(extractEnglishClaims(text)[2]?.subject).toBe('Rural roads upgraded Actual');
  });

  it('reads a table whose header dates a column with a span of years after its words (Land sold 2021-2024 (ha))', () => {
    const text = 'Park\tArea (ha)\tFirms (number)\tOutput (billion yuan)\tLand sold 2021-2024 (ha)\nHuiguo Aluminium Park\t1,540\t268\t97.2\t118';
    expect(extractEnglishClaims(text).map((c) => [c.text, c.value, c.unit])).toEqual([
      ['1,540', 1540, 'ha'], ['268', 268, 'count'], ['97.2', 97.2e9, 'CNY'], ['118', 118, 'ha'],
    ]);
  });

  it.each<Row>([
    // Spoken decimals, as a video transcript writes what the reporter says.
    ['a combined capacity of about five point two gigawatts', 'five point two gigawatts', 5.2, 'GW', 'approx'],
    ['the sector paid one point three billion yuan in taxes', 'one point three billion yuan', 1.3e9, 'CNY'],
    // "tops" is "topped" in the present; "top" alone names a rank.
    ['installed renewable capacity tops eight gigawatts', 'eight gigawatts', 8, 'GW', 'at_least'],
    // A compound annual growth rate is a rise.
    ['output grew at a CAGR of 17.8% over the same period', '17.8%', 17.8, 'percent', 'exact', 'increase'],
    // A currency before the figure and the rate after it.
    ['land is offered at RMB 480,000 per mu on 50-year leases', 'RMB 480,000 per mu', 480000, 'CNY/mu'],
    ['factories are available at RMB 28-35 per sq m per month', 'RMB 28-35 per sq m', 28, 'CNY/m2'],
    // A floor and a cap set on an object named between the verb and "at".
    ['Tie new land to a floor of 150,000 yuan in tax per mu', '150,000 yuan', 150000, 'CNY/mu', 'at_least'],
    ['Cap LGFV debt at 250% of fiscal resources', '250%', 250, 'percent', 'at_most'],
    ['The county caps rents at 12 yuan per square meter', '12 yuan per square meter', 12, 'CNY/m2', 'at_most'],
    // A term on a space is a duration, unlike "two years on" (afterwards).
    ['the company gets a rent-free period of three years on 24,000 sq m of space', 'three years', 3, 'year'],
    // The same measure in another year, in brackets after a rate, is in that rate.
    ['Tax per mu averaged 186,000 yuan in 2024 (2020: 142,000 yuan), but', '142,000 yuan', 142000, 'CNY/mu'],
  ])('reads %s', (...row) => expectClaim(row));

  it('reads "N years on" followed by a comma as a point in time', () => {
    expect(extractEnglishClaims('Two years on, the park is full.')).toEqual([]);
  });

  it('reads from … to as one range unless a word of change in its clause makes it two levels', () => {
    expect(extractEnglishClaims('The term of the bonds runs from 10 to 30 years.').map((c) => [c.text, c.unit, c.range])).toEqual([
      ['10 to 30 years', 'year', { low: 10, high: 30 }],
    ]);
    expect(extractEnglishClaims('Plot sizes span from 20 to 60 mu.').map((c) => [c.text, c.range])).toEqual([['20 to 60 mu', { low: 20, high: 60 }]]);
    // A verb of change before from … to still gives two levels.
    expect(extractEnglishClaims('The share rose from 10 to 30 percent.').map((c) => c.text)).toEqual(['10', '30 percent']);
    expect(extractEnglishClaims('The county cut approval time from 30 to 15 days.').map((c) => c.text)).toEqual(['30', '15 days']);
    expect(extractEnglishClaims('Output grew, from 10 billion yuan to 15 billion yuan.').map((c) => c.text)).toEqual(['10 billion yuan', '15 billion yuan']);
    // Without one, a classification, a price list or a span is a range, whatever changed in an earlier clause.
    const ranges = (text: string) => extractEnglishClaims(text).filter((c) => c.range).map((c) => [c.text, c.range]);
    expect(ranges('Benchmarks are 6.8 percent higher, while commercial land, in six grades from 1,860 to 5,420 yuan per square meter, is cheaper.')).toEqual([
      ['1,860 to 5,420 yuan per square meter', { low: 1860, high: 5420 }],
    ]);
    expect(ranges('Rents from 10 to 15 yuan per square meter a month apply.')).toEqual([['10 to 15 yuan per square meter', { low: 10, high: 15 }]]);
  });

  it('reads no range down from a higher figure to a lower one', () => {
    expect(extractEnglishClaims('It brings the share of hydrogen buses in its fleet of 210 to 57 percent.').map((c) => [c.text, c.range])).toEqual([
      ['57 percent', undefined],
    ]);
  });

  it('reads from … to as one range when no word of change is said: a participle used as an adjective, a place or a noun that only starts like one, a span word after the change', () => {
    const ranges = (text: string) => extractEnglishClaims(text).filter((c) => c.range).map((c) => c.text);
    // (improved, advanced: after "the" or opening the sentence before a noun, an adjective.)
    expect(ranges('The improved land, from 10 to 20 mu per plot, is leased.')).toEqual(['10 to 20 mu']);
    expect(ranges('Advanced manufacturing firms lease plots from 10 to 20 mu.')).toEqual(['10 to 20 mu']);
    // (Changzhou is no change, nor are contracts or additional subsidies.)
    expect(ranges('Changzhou offers plots from 10 to 20 mu.')).toEqual(['10 to 20 mu']);
    expect(ranges('Contracts last from 10 to 30 years.')).toEqual(['10 to 30 years']);
    expect(ranges('Additional subsidies from 10 to 20 percent apply.')).toEqual(['10 to 20 percent']);
    // (Nor is the "up" of a phrasal verb, or a grade's "higher" or "lower".)
    expect(ranges('Firms set up in the zone employ from 10 to 50 workers.')).toEqual(['10 to 50 workers']);
    expect(ranges('Higher-grade land is priced from 300 to 500 yuan per square meter.')).toEqual(['300 to 500 yuan per square meter']);
    expect(ranges('Lower floors rent from 6 to 8 yuan per square meter.')).toEqual(['6 to 8 yuan per square meter']);
    expect(extractEnglishClaims('The county lowered the fee from 12 to 10 yuan.').map((c) => c.text)).toEqual(['12', '10 yuan']);
    expect(extractEnglishClaims('Rents went up from 6 to 8 yuan.').map((c) => c.text)).toEqual(['6', '8 yuan']);
    // (range, vary, run or span after the word of change says what from … to is.)
    expect(ranges('Rents that rose last year now range from 10 to 15 yuan per square meter.')).toEqual(['10 to 15 yuan per square meter']);
    expect(ranges('Land contracts run from 10 to 30 years.')).toEqual(['10 to 30 years']);
    // (A year's level between "from" and the figure, or a comparison in the clause before, is a change too.)
    expect(extractEnglishClaims("The share went from 2019's 10 percent to 20 percent.").map((c) => c.text)).toEqual(['10 percent', '20 percent']);
    expect(extractEnglishClaims('The rate, compared with last year, from 10 to 12 percent.').map((c) => c.text)).toEqual(['10', '12 percent']);
    // A verb of change stays one, opening its sentence or not.
    expect(extractEnglishClaims('Adjusted from 10 to 12 yuan, the fee applies.').map((c) => c.text)).toEqual(['10', '12 yuan']);
    expect(extractEnglishClaims('The county adjusted the fee from 10 to 12 yuan.').map((c) => c.text)).toEqual(['10', '12 yuan']);
    expect(extractEnglishClaims('The economy contracted from 10 to 8 percent growth.').map((c) => c.text)).toEqual(['10', '8 percent']);
  });

  it('reads a range whose currency stands before both figures, or before the first only', () => {
    const text = 'Monthly wages range from RMB 5,800 to RMB 6,900, and for engineers from RMB 14,000 to RMB 22,000. Land costs RMB 480,000-560,000 per mu.';
    expect(extractEnglishClaims(text).map((c) => [c.text, c.unit, c.range])).toEqual([
      ['RMB 5,800 to RMB 6,900', 'CNY', { low: 5800, high: 6900 }],
      ['RMB 14,000 to RMB 22,000', 'CNY', { low: 14000, high: 22000 }],
      ['RMB 480,000-560,000 per mu', 'CNY/mu', { low: 480000, high: 560000 }],
    ]);
    // Each end may write its currency before it and its rate after it; a different rate after the second is no range.
    expect(extractEnglishClaims('Land is priced from RMB 156,000 per mu to RMB 228,000 per mu.').map((c) => [c.text, c.unit, c.range])).toEqual([
      ['RMB 156,000 per mu to RMB 228,000 per mu', 'CNY/mu', { low: 156000, high: 228000 }],
    ]);
    expect(extractEnglishClaims('Fees run from RMB 8 per square metre to RMB 25 per square metre.').map((c) => [c.text, c.unit, c.range])).toEqual([
      ['RMB 8 per square metre to RMB 25 per square metre', 'CNY/m2', { low: 8, high: 25 }],
    ]);
    expect(extractEnglishClaims('Rents add RMB 1,000 per mu to RMB 15,000 per household.').map((c) => [c.text, c.range])).toEqual([
      ['RMB 1,000 per mu', undefined],
      ['RMB 15,000 per household', undefined],
    ]);
    // After a word of change, from … to is a level and the level it reached.
    expect(extractEnglishClaims('Wages rose from RMB 5,800 to RMB 6,900.').map((c) => c.text)).toEqual(['RMB 5,800', 'RMB 6,900']);
    expect(extractEnglishClaims('The price rose from RMB 9 per square metre to RMB 14 per square metre.').map((c) => c.text)).toEqual([
      'RMB 9 per square metre',
      'RMB 14 per square metre',
    ]);
    expect(extractEnglishClaims('Income rose from US$2,150 in 2021 to US$3,010.').map((c) => c.text)).toEqual(['US$2,150', 'US$3,010']);
    // A year after "in" is a point in time, not the low end of a range to the amount after it.
    expect(extractEnglishClaims('Income rose from 11,600 yuan in 2021 to 16,900 yuan in 2025.').map((c) => [c.text, c.range])).toEqual([
      ['11,600 yuan', undefined],
      ['16,900 yuan', undefined],
    ]);
  });

  it('does not report the size of a shipping container, which names its class', () => {
    expect(extractEnglishClaims('A 40 ft container to Yangshan costs around RMB 3,200; two 20-foot boxes cost less.').map((c) => c.text)).toEqual(['RMB 3,200']);
  });
});

describe('English claims in hard-wrapped print, Hong Kong and energy copy', () => {
  it('reads a sentence across the line breaks of hard-wrapped print text', () => {
    const text = 'official data show. In Zhuji, per capita disposable income of all residents\nreached 79,360 yuan for urban residents and 48,120 yuan for rural ones.';
    expect(extractEnglishClaims(text).map((c) => [c.text, c.unit])).toEqual([['79,360 yuan', 'CNY/person'], ['48,120 yuan', 'CNY/person']]);
  });

  it('keeps a line break that ends a sentence, a short line or a table row', () => {
    expect(unwrapLines('Land sales fell 48.6% year-on-year in the first three quarters of the year.\nThe city')).toContain('.\nThe');
    expect(unwrapLines('By Lu Yutong and Kelly Wang\nDec 01, 2026')).toContain('\n');
    expect(unwrapLines('A long line of running text that goes on past fifty characters\nand on')).toBe('A long line of running text that goes on past fifty characters and on');
    expect(unwrapLines('where Dalad Banner in Ordos, Inner Mongolia\nautonomous region, is building')).not.toContain('\n');
    expect(unwrapLines('Desert solar farms turn sand into power\nBy Li Jing in Ordos')).toContain('\n');
    expect(unwrapLines('Park\tArea (ha)\tFirms (number)\tOutput (billion yuan) of the three parks\nXinxing\t1,540')).toContain('\n');
    // A wrapped line indented to hang under its list item's text runs on, so the figure keeps its subject.
    expect(unwrapLines('* Cluster size: the industry bureau puts eyewear output at\n  Rmb31.2bn in 2025')).not.toContain('\n');
    expect(unwrapLines('* Labour: average monthly wages in the frame workshops are\n  Rmb6,500-7,500, up ~5% yoy')).not.toContain('\n');
    expect(extractEnglishClaims('* Labour: average monthly wages in the frame workshops are\n  Rmb6,500-7,500, up ~5% yoy; owners.').map((c) => c.subject))
      .toEqual(['average monthly wages in the frame workshops', 'average monthly wages in the frame workshops growth']);
    // (Not a line that ends its sentence, nor an indented line after a short heading in capitals.)
    expect(unwrapLines('Output rose 5%.\n  The park')).toContain('\n');
    expect(unwrapLines('Key takeaways\n  Output rose 5%')).toContain('\n');
  });

  it.each<Row>([
    // A two-word place before people says where they come from.
    ['about 6,300 Hong Kong residents bought homes in the city', '6,300 Hong Kong residents', 6300, 'person', 'approx'],
    ['it drew 2,000 South Korean tourists', '2,000 South Korean tourists', 2000, 'person'],
    // A facility's capacity as a compound adjective.
    ['a 1,200-bed care home run by a Hong Kong operator', '1,200-bed', 1200, 'count'],
    ['a 50,000-seat stadium', '50,000-seat', 50000, 'count'],
    // Money per one visitor or worker is a rate per person, as per capita is.
    ['average spending per visitor rose to 1,450 yuan.', '1,450 yuan', 1450, 'CNY/person'],
    ['Output per worker reached 620,000 yuan.', '620,000 yuan', 620000, 'CNY/person'],
  ])('reads %s', (...row) => expectClaim(row));

  it('reads no period named again after "the", nor a capacity with no facility after it, nor a name of several words', () => {
    expect(claimsOn('covering 62.3 hectares in the nine months, down from 37 plots', 'nine months')).toEqual([]);
    expect(claimsOn('prices rose over the 12 months to March', '12 months')).toEqual([]);
    expect(claimsOn('the room has 3-bed.', '3-bed')).toEqual([]);
    expect(claimsOn('14 Jiading District plans', '14')).toEqual([]);
  });
});

describe('English claims in working-paper, e-commerce and US local copy', () => {
  it.each<Row>([
    // A group's size as a compound adjective counts its members.
    ["one of the county's more than 3,000-strong team of live-streamers", '3,000-strong', 3000, 'person', 'at_least'],
    ['a 200-strong delegation arrived', '200-strong', 200, 'person'],
    // After a verb of extent, "over" says across what the thing lies.
    ['clinics serve a population spread over 2,908 square kilometers.', '2,908 square kilometers', 2908, 'km2'],
    ['The line stretches over 46 km of hills.', '46 km', 46, 'km'],
    ['The park covers over 300 hectares.', '300 hectares', 300, 'ha', 'at_least'],
  ])('reads %s', (...row) => expectClaim(row));

  it('counts no members of a fleet or herd', () => {
    expect(claimsOn('a 40-strong fleet of trawlers', '40-strong')).toEqual([]);
    expect(claimsOn('a 300-strong herd of yaks', '300-strong')).toEqual([]);
  });
});

describe('English counts of people by nationality', () => {
  it.each<Row>([
    ['a city that counts some 1.3 million overseas Chinese among its diaspora', '1.3 million overseas Chinese', 1300000, 'person', 'approx'],
    ['About 2,000 Japanese live in the district.', '2,000 Japanese', 2000, 'person', 'approx'],
    ['It drew 30 Chinese companies and 1,200 overseas buyers.', '30 Chinese companies', 30, 'count'],
    ['It drew 1,200 overseas buyers.', '1,200 overseas buyers', 1200, 'count'],
    ['12 Japanese tech firms opened offices.', '12 Japanese tech firms', 12, 'count'],
    ['The plan covers five areas of the port.', 'five areas', 5, 'count'],
  ])('reads %s', (...row) => expectClaim(row));

  it('counts no people in an exchange-rate note', () => {
    expect(claimsOn('($1 = 7.2651 Chinese yuan)', '7.2651')).toEqual([]);
  });

  it.each<Row>([
    // An investment guide's price list: the unit of a rate touches its slash.
    ['Industrial land: CNY 192,000/mu, depending on location.', 'CNY 192,000/mu', 192000, 'CNY/mu'],
    ['Land sells for 192,000 yuan/mu.', '192,000 yuan/mu', 192000, 'CNY/mu'],
    ['Commercial land: CNY 1.2-1.8 million/mu.', 'CNY 1.2-1.8 million/mu', 1.2e6, 'CNY/mu'],
    ['Rent CNY 12-15/m2 per month; purchase price about CNY 2,600/m2.', 'CNY 2,600/m2', 2600, 'CNY/m2', 'approx'],
    ['Rent 30 yuan/sq m a month.', '30 yuan/sq m', 30, 'CNY/m2'],
    // A price per kWh or per tonne is no rate the spec has: plain money, the slash outside the span.
    ['Large users pay CNY 0.62/kWh on average.', 'CNY 0.62', 0.62, 'CNY'],
    // "from" after a price starts it, as "starting at" does.
    ['Industrial land: listed price from CNY 192,000/mu.', 'CNY 192,000/mu', 192000, 'CNY/mu', 'at_least'],
    ['Tickets from 80 yuan.', '80 yuan', 80, 'CNY', 'at_least'],
    ['House prices from 11,600 yuan in 2021 to 16,900 yuan in 2025.', '11,600 yuan', 11600, 'CNY'],
    // A month after a sum of money names no date.
    ['Projects with fixed-asset investment of more than CNY 100 million may receive a rebate.', 'CNY 100 million', 1e8, 'CNY', 'at_least'],
    // A rate named in a field label, one word before its unit; the row's next cells are in that rate too.
    ['Average annual income per participating household: CNY 21,400 / CNY 26,000 / CNY 27,850', 'CNY 21,400', 21400, 'CNY/household'],
    ['Average annual income per participating household: CNY 21,400 / CNY 26,000 / CNY 27,850', 'CNY 27,850', 27850, 'CNY/household'],
    ['Income per household: CNY 21,400 → CNY 26,000', 'CNY 26,000', 26000, 'CNY/household'],
    // Two neighbouring numbers said together, in words or with "or", are a range.
    ['He expects "two or three big operators" to buy out rivals.', 'two or three big operators', 2, 'count'],
    ['Each county will develop two to three leading industries.', 'two to three leading industries', 2, 'count'],
    ['Output rose 5 or 6 percent.', '5 or 6 percent', 5, 'percent', 'exact', 'increase'],
    ['Sales were 5,000 yuan or more.', '5,000 yuan', 5000, 'CNY', 'at_least'],
    // After a waiver, "for the first" gives the term it runs.
    ['Enterprises pay no rent for the first two years and half rent in the third year.', 'two years', 2, 'year'],
    ['Bank loans with interest suspended for the first 10 years.', '10 years', 10, 'year'],
    // A brochure's field that names the waiver gives its term, "the first" or not.
    ['Rent-free period: the first 2 years for projects signing for 5 years or more', '2 years', 2, 'year'],
    ['Tax holiday: first 3 years of production', '3 years', 3, 'year'],
  ])('reads %s', (...row) => expectClaim(row));

  it('reads a range in words or with "or" from low to high, and no range where the second is lower or no number', () => {
    const [operators] = extractEnglishClaims('He expects two or three big operators to buy out rivals.');
    expect(operators!.range).toEqual({ low: 2, high: 3 });
    expect(operators!.subject).toBe('big operators');
    expect(extractEnglishClaims('It has 10 to 20 companies.')[0]!.subject).toBe('companies');
    expect(extractEnglishClaims('It sold 12 tonnes or 3 percent of output.').map((c) => [c.text, c.range])).toEqual([['12 tonnes', undefined], ['3 percent', undefined]]);
    expect(extractEnglishClaims('It employs 1,000 or so workers.').every((c) => c.range === undefined)).toBe(true);
  });

  it('keeps a date after a day of the month, and periods with "for the first" when nothing is waived', () => {
    expect(claimsOn('The fair opened on 3 May and closed on 12 may.', '3 May')).toEqual([]);
    expect(claimsOn('Output for the first nine months rose 5 percent.', 'nine months')).toEqual([]);
    expect(claimsOn('There was no growth for the first nine months.', 'nine months')).toEqual([]);
    expect(claimsOn('Reporting period: the first nine months of 2025', 'nine months')).toEqual([]);
    expect(claimsOn('Rent-free period: the first nine months of 2025', 'nine months')).toEqual([]);
    expect(claimsOn('In the first six months rent fell 3 percent.', 'six months')).toEqual([]);
  });

  it('names a waiver\'s term by what is waived, and the next cell of a row by the cell before it', () => {
    const [term] = extractEnglishClaims('Enterprises moving in pay no rent for the first two years.');
    expect(term!.subject).toBe('rent-free period');
    const cells = extractEnglishClaims('Average annual income per participating household: CNY 21,400 / CNY 26,000');
    expect(cells.map((c) => c.subject)).toEqual(['Average annual income per participating household', 'Average annual income per participating household']);
  });
});

describe('English "by the numbers" lists', () => {
  const list = '6. 300 kilometers\nThe radius the city\'s cold-chain firms promise to reach.\n\n7. 38,600 yuan\nPer capita disposable income of rural residents in 2025.\n\n8. 9,000 yuan per mu\nThe average net return on a greenhouse.';

  it('reads a heading figure alone on its line in the rate and subject the line under it gives, never spanning into that line', () => {
    expect(extractEnglishClaims(list).map((c) => [c.text, c.unit, c.subject])).toEqual([
      ['300 kilometers', 'km', 'radius'],
      ['38,600 yuan', 'CNY/person', 'Per capita disposable income of rural residents'],
      ['9,000 yuan per mu', 'CNY/mu', 'average net return'],
    ]);
  });

  it('keeps a rate word on a wrapped line that goes on in lower case, and names no rate from a new sentence', () => {
    expect(extractEnglishClaims('It paid 38,600 yuan\nper mu last year.').map((c) => [c.text, c.unit])).toEqual([['38,600 yuan\nper mu', 'CNY/mu']]);
    expect(extractEnglishClaims('Rents came to 38,600 yuan\nPer capita income rose.').map((c) => c.unit)).toEqual(['CNY']);
  });

  it('counts technicians and engineers as people', () => {
    expect(extractEnglishClaims('It sends 2,000 technicians and 300 engineers abroad.').map((c) => c.unit)).toEqual(['person', 'person']);
  });

  it('counts interns, adults, girls and boys as people', () => {
    const text = 'A frame maker takes 40 interns each term, as around 310,000 young adults left; she shares a room with five other girls, and 12 boys live next door.';
    expect(extractEnglishClaims(text).map((c) => c.unit)).toEqual(['person', 'person', 'person', 'person']);
  });
});

describe('English key-facts fields', () => {
  it('gives a bulleted item its own line as its sentence, without the next item\'s bullet', () => {
    const claims = extractEnglishClaims('Key facts\n• Population: 2.21 million, of which 47.6% urban\n• Land area: 24,470 km²\n• Border with Myanmar: 290 km');
    expect(claims.map((c) => c.sentence)).toEqual(['Population: 2.21 million, of which 47.6% urban', 'Land area: 24,470 km²', 'Border with Myanmar: 290 km']);
  });

  it('reads a percentage under a label that names a growth as a change, and one under another label as a level', () => {
    expect(extractEnglishClaims('• Average annual GDP growth, 2020-25: 5.8%\n• Employment in agriculture: 38% of the total').map((c) => [c.text, c.change])).toEqual([
      ['5.8%', 'increase'],
      ['38%', undefined],
    ]);
  });
});

describe('English scientific notation', () => {
  it.each<Row>([
    // A page's <sup> exponent is written in superscript digits (utils/text-map/footnote-mark.ts), as it shows.
    ['The upper reservoir holds 8.6 × 10⁶ m³ of water.', '8.6 × 10⁶ m³', 8.6e6, 'm3'],
    ['It moved 2.35×10⁶ m3 of earth and rock.', '2.35×10⁶ m3', 2.35e6, 'm3'],
    // Plain text writes the power with a caret.
    ['Another basin holds 1.5×10^6 m3.', '1.5×10^6 m3', 1.5e6, 'm3'],
  ])('%s → %s', (...row) => expectClaim(row));

  it('reads a multiplication that is no power of ten as before: two units of 660 megawatts', () => {
    expect(extractEnglishClaims('The plant has 2 × 660 megawatts of coal units.').map((c) => [c.text, c.value])).toEqual([['660 megawatts', 660]]);
  });
});

describe('English: the twenty-ninth held-out set (a Korean supplier story, a zone incentives guide, a case study)', () => {
  it.each<Row>([
    // The won of a Korean investor's story, after a scale or four digits.
    ['His company has invested 42 billion won ($30 million) since 2023.', '42 billion won', 42e9, 'KRW'],
    ['A set meal in the canteen costs 9,000 won.', '9,000 won', 9000, 'KRW'],
    // After "from", a bare figure takes the unit of the level "to" gives; two levels, two claims.
    ['It will raise its capacity from 1.8 million to 3 million units a year.', '1.8 million', 1.8e6, 'count'],
    ['It will raise its capacity from 1.8 million to 3 million units a year.', '3 million units', 3e6, 'count'],
    // A term after a subsidy or a refund, as after a waiver.
    ['A rent subsidy of RMB 10 per square meter per month for the first three years, for plants of up to 20,000 square meters.', 'three years', 3, 'year'],
    ['The zone refunds 50 percent of the local share of CIT paid by a new manufacturing project for its first three years of production.', 'three years', 3, 'year'],
    // Four lower-case modifiers before a counted noun.
    ['- 38 small waste water treatment stations served 12,600 households;', '38 small waste water treatment stations', 38, 'count'],
    // A singular household describes the noun counted after it.
    ['- 21,400 household toilets had been rebuilt or newly built;', '21,400 household toilets', 21400, 'count'],
    // "spread over" a count of projects: across them, not more than.
    ['Korean investment reached $1.26 billion, spread over 46 projects.', '46 projects', 46, 'item'],
    // "an estimated" before the figure after "by", and before "cost of".
    ['Coal use fell, cutting emissions by an estimated 21,000 tonnes of CO2 a year.', '21,000 tonnes', 21000, 't', 'approx', 'decrease'],
    ['It plans to extend the model by 2030, at an estimated cost of 310 million yuan.', '310 million yuan', 310e6, 'CNY', 'approx'],
  ])('%s → %s', (...row) => expectClaim(row));

  it('reads no won in "12 won approval", a count that won something', () => {
    expect(claimsOn('Of the 46 projects, 12 won approval in March.', '12 won')).toEqual([]);
  });

  it('reads no term in a part of a year after a subsidy', () => {
    expect(claimsOn('Subsidies paid rose 8 percent for the first nine months of the year.', 'nine months')).toEqual([]);
  });

  it('gives "from 2 to 3 million yuan" no unit for the first figure, whose scale is unsaid', () => {
    expect(claimsOn('Budgets grew from 2 to 3 million yuan.', '2 to')).toEqual([]);
  });

  it("reads no claim in a page's reading time", () => {
    expect(claimsOn('Written by Zhang Yue Reading Time: 6 minutes', '6 minutes')).toEqual([]);
    expect(claimsOn('Rugao zone guide. A 5-minute read.', '5-minute')).toEqual([]);
    expect(claimsOn('Author: Wang Yiting Reading Time: 5 mins', '5 mins')).toEqual([]);
  });

  it('names a subsidy\'s and a refund\'s term by the grant', () => {
    const subjects = extractEnglishClaims('A rent subsidy of RMB 10 per square meter per month for the first three years.').filter((c) => c.unit === 'year').map((c) => c.subject);
    expect(subjects).toEqual(['subsidy period']);
  });
});

describe('flows', () => {
  it.each<Row>([
    // A flow is a volume each second, its own unit, not a volume (units.ts).
    ['The new pumping station discharges 120 cubic metres per second.', '120 cubic metres per second', 120, 'm3/s'],
    ['Each of the four pumps moves 30 m3/s.', '30 m3/s', 30, 'm3/s'],
    ['Earthworks total 426,000 cubic metres.', '426,000 cubic metres', 426000, 'm3'],
  ])('%s → %s', (...row) => expectClaim(row));
});

describe('English: counted nouns after modifiers that are hyphenated or only look plural, and energy units as compound adjectives', () => {
  it.each<Row>([
    // Four lower-case modifiers, hyphenated ones among them.
    ['Jiangsu now has 13 cross-border e-commerce comprehensive pilot zones.', '13 cross-border e-commerce comprehensive pilot zones', 13, 'count'],
    // "news" and "series" are no plurals, but they describe a noun counted after them.
    ['The center published some 4,800 news items last year.', '4,800 news items', 4800, 'item', 'approx'],
    ['It has drafted 12 series standards for the industry.', '12 series standards', 12, 'count'],
    // An energy unit written as a compound adjective, its hour in the singular (not the power before it).
    ['It will build a 200-megawatt-hour energy storage station.', '200-megawatt-hour', 200, 'MWh'],
    ['Each home gets a 10-kilowatt-hour battery.', '10-kilowatt-hour', 10, 'kWh'],
  ])('%s → %s', (...row) => expectClaim(row));

  it('still counts no "news" or "series" with no counted noun after them', () => {
    expect(claimsOn('The plant makes three series of trucks.', 'three series')).toEqual([]);
    expect(claimsOn('Five capitalised words make a name: 14 Jiading District New City Planning Bureau plans.', '14 Jiading')).toEqual([]);
  });
});

describe('English: a broker note\'s shorthand, changes said with "by … to …", hard-wrapped modifiers', () => {
  it.each<Row>([
    // c., ca., circa and a tilde before a figure are "about"; a tilde after "up" still leaves the rise.
    ['Eyewear output came from c.1,600 enterprises with ~50,000 workers.', '1,600 enterprises', 1600, 'count', 'approx'],
    ['Eyewear output came from c.1,600 enterprises with ~50,000 workers.', '50,000 workers', 50000, 'person', 'approx'],
    ['The park covers ca. 40 hectares.', '40 hectares', 40, 'ha', 'approx'],
    ['Wages are Rmb6,500-7,500, up ~5% yoy.', '5%', 5, 'percent', 'approx', 'increase'],
    // A plus sign before a percentage is a rise, as an arrow is.
    ['Output reached Rmb31.2bn in 2025 (+8.6% yoy).', '8.6%', 8.6, 'percent', 'exact', 'increase'],
    ['Gross margin: 39%, +1.5ppt yoy.', '1.5ppt', 1.5, 'percent', 'exact', 'increase'],
    // "increase … by X to Y" with both units written: the change and the level, in any tense.
    ['The Company will increase the subsidiary\'s capital by 1.6 billion yen to 4 billion yen in March 2027.', '1.6 billion yen', 1.6e9, 'JPY', 'exact', 'increase'],
    ['The Company will increase the subsidiary\'s capital by 1.6 billion yen to 4 billion yen in March 2027.', '4 billion yen', 4e9, 'JPY'],
    // Lower-case modifiers may stand across a line break when the number ends a line of prose.
    ['We met two listed lens makers and five\nframe workshops.', 'five\nframe workshops', 5, 'count'],
    // After a term "for the first", the waiver may come in the clause it opens.
    ['Buildings rent for 8 yuan per square meter a month, and for the first two years the rent is free.', 'two years', 2, 'year'],
    // … or right after the term, as a research note says it.
    ['Tenants signing for at least three years get the first six months rent-free.', 'six months', 6, 'month'],
    // A note's upside and downside are the rise and fall to its target price.
    ['Our TP of Rmb9.80 implies 26% upside.', '26%', 26, 'percent', 'exact', 'increase'],
    ['We see 12% downside to our target price.', '12%', 12, 'percent', 'exact', 'decrease'],
  ])('%s → %s', (...row) => expectClaim(row));

  it('keeps a plan\'s range of percentages after "by" a range', () => {
    const [claim] = extractEnglishClaims('The plan will cut costs by 15% to 25%.');
    expect(claim!.range).toEqual({ low: 15, high: 25 });
  });

  it('gives a later amount no rate from a "per mu" that is an earlier figure\'s own', () => {
    const claims = extractEnglishClaims('It pays 23.4 million yuan, or 300,000 yuan per mu, and gets a subsidy of up to 30 million yuan for equipment.');
    expect(claims.map((c) => c.unit)).toEqual(['CNY', 'CNY/mu', 'CNY']);
    expect(extractEnglishClaims('Tax revenue per mu of industrial land reached 312,000 yuan.')[0]!.unit).toBe('CNY/mu');
  });

  it('reads no count that "the" points back to, and no capitalised words or a bare line across a break', () => {
    expect(claimsOn('The city sold 14 residential plots. Its company bought 5 of the 14 residential plots.', 'the 14')).toEqual([]);
    expect(claimsOn('Of the 26 disputes, most were settled.', '26 disputes')).toEqual(['26 disputes']);
    expect(claimsOn('We met 5\nLarge Firms.', '5')).toEqual([]);
    expect(claimsOn('Output\n5\nlarge firms.', '5')).toEqual([]);
    expect(claimsOn('For the first two years the plant ran at a loss.', 'two years')).toEqual([]);
    expect(claimsOn('Call Section C. 12 firms replied.', '12 firms')).toEqual(['12 firms']);
  });

  it('names the term by what the clause after it waives', () => {
    const [term] = extractEnglishClaims('In the first three years, taxes are waived.').filter((c) => c.unit === 'year');
    expect(term!.subject).toBe('tax-free period');
  });
});

describe('English: a wiki article (contents, a place-funded count, a price a trip costs from)', () => {
  it('reads no numbered heading of a table of contents, but keeps a list of figures one a line', () => {
    const contents = 'Contents\n1 History\n2 Economy\n2.1 Electro-acoustics\n2.2 Hot springs and tourism\n3 Transport\n4 References\n\nHistory';
    expect(extractEnglishClaims(contents)).toEqual([]);
    // Numbers that do not follow each other as sections do are figures (a "by the numbers" list).
    expect(extractEnglishClaims('By the numbers\n36 Bridges\n12 Villages').map((c) => c.text)).toEqual(['36 Bridges', '12 Villages']);
    // A heading alone is no list: its number stays.
    expect(extractEnglishClaims('Output\n4 References to the plan were made.').map((c) => c.text)).toEqual(['4 References']);
  });

  it('counts a noun after a two-word place joined to a participle (Hong Kong-funded), not after a name', () => {
    const [claim] = extractEnglishClaims('By 2025, 138 Hong Kong-funded companies operated in the city.');
    expect([claim?.text, claim?.value, claim?.unit]).toEqual(['138 Hong Kong-funded companies', 138, 'count']);
    expect(extractEnglishClaims('The plan covers 14 Jiading District plans.')).toEqual([]);
  });

  it('reads a price or a rate something costs from as its lowest, unless "to" gives the other end or a change moved it', () => {
    expect(extractEnglishClaims('A day trip from Hong Kong costs from HK$380 with a coach operator.')[0]?.approx).toBe('at_least');
    expect(extractEnglishClaims('Industrial land from 312 yuan per square meter').map((c) => c.approx)).toEqual(['at_least']);
    expect(extractEnglishClaims('Rents rose from 20 yuan per square meter last year.').map((c) => c.approx)).toEqual(['exact']);
    expect(extractEnglishClaims('Freight costs from 2,000 yuan to 3,000 yuan.').map((c) => [c.approx, c.range])).toEqual([['exact', { low: 2000, high: 3000 }]]);
  });
});

describe('English masses in tonne symbols, as scientific and trade prose writes them', () => {
  it.each<Row>([
    // A lone t after a spaced number is the tonne, as 45 m is the metre.
    ['The farm will avoid 41,000 t of carbon dioxide emissions.', '41,000 t', 41000, 't'],
    ['They store 4.6 million t of carbon.', '4.6 million t', 4.6e6, 't'],
    // Kilo-, mega- and gigatonnes are tonnes times their prefix.
    ['The forests store 4.6 Mt of carbon.', '4.6 Mt', 4.6e6, 't'],
    ['The port handled 300 kt of coal.', '300 kt', 3e5, 't'],
    ['Global emissions reached 37.4 Gt.', '37.4 Gt', 3.74e10, 't'],
  ])('%s → %s', (...row) => expectClaim(row));

  it('reads no tonne in a word a spaced t opens', () => {
    expect(extractEnglishClaims('She sold 2 t-shirts in Tonglu.').filter((c) => c.unit === 't')).toEqual([]);
  });
});
