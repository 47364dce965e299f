import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

/** Each figure's text and subject, in order. */
const subjects = (text: string) => extractClaims(text, { language: 'en' }).map((c) => [c.text, c.subject]);

describe('subjects of English figures', () => {
  it('reads the subject before the verb, past an abbreviation in brackets, and gives a change the same subject, as growth', () => {
    expect(subjects("The county's gross domestic product (GDP) reached 94.6 billion yuan, an increase of 6.2 percent.")).toEqual([
      ['94.6 billion yuan', "county's GDP"],
      ['6.2 percent', "county's GDP growth"],
    ]);
    // The level after a rise measures the thing, not its growth; a share gaining points is no growth.
    expect(subjects('Exports rose 9.6% to $1.42 billion, and their share rose 2.1 percentage points.')).toEqual([
      ['9.6%', 'Exports growth'], ['$1.42 billion', 'Exports'], ['2.1 percentage points', 'share'],
    ]);
  });

  it('reads past a bound of several words before the figure ("passes", "as much as")', () => {
    expect(subjects("The city's battery capacity passes 300 GWh.")).toEqual([['300 GWh', "city's battery capacity"]]);
    expect(subjects('The district raised the subsidy for a set of kitchen appliances to as much as 3,000 yuan.').map(([, s]) => s)).not.toContain('much');
  });

  it('gives a conversion ("or about …") the subject of the figure it converts', () => {
    expect(subjects('Anji has 64,000 hectares of bamboo forests, or about 72,000 hectares.').map(([, s]) => s)).toEqual(['bamboo forests', 'bamboo forests']);
  });

  it('ends the subject of a reported clause at its reporting verb', () => {
    expect(subjects("Local officials say exports from the county's battery makers rose 23 per cent.")).toEqual([
      ['23 per cent', "exports from the county's battery makers growth"],
    ]);
  });

  it('names a figure in a relative clause of only its verb by the thing the clause hangs on', () => {
    expect(subjects('He has stopped buying the better coal, which costs 880 yuan a tonne.')).toEqual([['880 yuan', 'better coal']]);
    expect(subjects('The main outlet is the ultra-high-voltage line, which runs 1,563 km to Zhumadian.')).toEqual([['1,563 km', 'ultra-high-voltage line']]);
  });

  it('names a figure set off by commas before the verb by the noun it stands beside', () => {
    expect(subjects("Expect more sales at a loss: Pizhou's average industrial land price, 180,000 yuan per mu, is less than the cost.")).toEqual([
      ['180,000 yuan per mu', 'average industrial land price'],
    ]);
  });

  it('gives a figure after a whole clause and its colon to what the clause is about, not to its last word', () => {
    const [[, subject]] = subjects("Land revenue as a share of the counties' fiscal income is falling too: 38 percent last year.");
    expect(subject).toMatch(/^Land revenue/);
  });

  it('takes what the sentence is about when the clause before the figure is only its verb', () => {
    expect(subjects('The new energy battery industry, our largest, generated 61.2 billion yuan.')).toEqual([['61.2 billion yuan', 'new energy battery industry']]);
  });

  it('names a measure between "the" and a noun by that noun, a thing between two others by both, and what is made as made', () => {
    expect(subjects('Today, the 278 sq km park in Jiangsu province hosts many firms.')).toEqual([['278 sq km', 'park']]);
    expect(subjects('Trade between Singapore and the park reached US$4.6 billion in 2025.')).toEqual([['US$4.6 billion', 'Trade between Singapore and the park in 2025']]);
    // "from" joins two nouns of one subject as "of" does.
    expect(subjects('Revenue from land sales fell to 5.9 billion yuan.')).toEqual([['5.9 billion yuan', 'Revenue from land sales']]);
    expect(subjects('Output from the sector rose to 165 billion yuan.')).toEqual([['165 billion yuan', 'Output from the sector']]);
    // What a verb of making brings into being is named as made.
    expect(subjects('The expansion would create some 12,000 jobs. It is expected to generate 300 jobs.').map(([, s]) => s)).toEqual(['jobs created', 'jobs generated']);
  });

  it('names a figure right after a field\'s label at the head of its line by the whole label, not a speaker\'s turn', () => {
    expect(subjects('Results:\n- Forest and grass cover in project micro-watersheds: 41.5% / 48%')).toEqual([
      ['41.5%', 'Forest and grass cover in project micro-watersheds'], ['48%', 'Forest and grass cover in project micro-watersheds'],
    ]);
    expect(subjects('Utilities\n- Daily supply capacity: 100,000 tonnes.')).toEqual([['100,000 tonnes', 'Daily supply capacity']]);
    expect(subjects('Results:\n- Area covered by the zoning plan: n/a / 3,578 km2 / 3,578 km2').map(([, s]) => s)).toEqual(['Area covered by the zoning plan', 'Area covered by the zoning plan']);
    expect(subjects('REPORTER: About 3,000 villagers work here.')).toEqual([['3,000 villagers', 'villagers']]);
    // The years a key fact covers, after its label, are no part of the name.
    expect(subjects('Key facts\n• Average annual GDP growth, 2020-25: 5.8%\n• Forest cover (2025): 68.4%').map(([, s]) => s)).toEqual(['Average annual GDP growth', 'Forest cover']);
    // A numbered field ((3) …, 2. …) is a field as a bulleted one is, and its line is no run-on of a long line before it.
    expect(subjects('(1) Location: Pinghu Economic and Technological Development Zone, Pinghu City, Zhejiang Province\n(2) Site area: approx. 52,000 m2\n(3) Total floor area: approx. 38,600 m2\n4. Total investment: approx. 8.5 billion yen').map(([, s]) => s))
      .toEqual(['Site area', 'Total floor area', 'Total investment']);
  });

  it('names money after a verb of spending as spending, on what "on" names past a deadline or a period', () => {
    expect(subjects('The company plans to spend a further Rmb3.5bn ($490mn) by 2028 on a liquid-cooled hall for training models.')).toEqual([
      ['Rmb3.5bn', 'planned spending on liquid-cooled hall'], ['$490mn', 'planned spending on liquid-cooled hall'],
    ]);
    expect(subjects('The bureaus now spend CNY18.6 million a year on routine maintenance.')).toEqual([['CNY18.6 million', 'spending on routine maintenance']]);
    expect(subjects('The county spent 40 million yuan.')).toEqual([['40 million yuan', 'spending']]);
  });

  it('reads a sentence\'s head past a measure written as a compound adjective', () => {
    expect(subjects('A new 220-kilovolt substation, costing Rmb460mn, is due to open in 2027.')).toEqual([['Rmb460mn', 'new substation']]);
  });

  it('takes the counted noun without its multiplier, and the noun after a compound adjective', () => {
    // The FT's glued "mn" is a multiplier too.
    // A currency's code before the amount (USD, SGD, NT$) writes money as its symbol does.
    expect(subjects('The USD 6.2 million project, financed by the Global Environment Facility, worked in 38 villages.')[0]).toEqual(['USD 6.2 million', 'investment in the project']);
    expect(subjects('Ulanqab hosts more than 1.2mn servers.')).toEqual([['1.2mn servers', 'servers in Ulanqab']]);
    expect(subjects('The city now has 1.9 million residents.')).toEqual([['1.9 million residents', 'residents in the city']]);
    expect(subjects('Chen tends tea on a 2.3-hectare plot his family has farmed.')).toEqual([['2.3-hectare', 'plot']]);
  });

  it('gives a figure after a counted figure and a verb the counted thing (169 villages exceeded …)', () => {
    expect(subjects('Its 169 administrative villages exceeded 1.8 million yuan each.').map(([, s]) => s)).toEqual(['administrative villages', 'administrative villages']);
  });

  it('keeps "above" and "below" inside a subject, and reads "of/in" after the figure but not "for the first time"', () => {
    expect(subjects('Output of enterprises above designated size rose by 9.3 percent.')).toEqual([['9.3 percent', 'Output of enterprises above designated size growth']]);
    expect(subjects('Industrial output topped 200 billion yuan for the first time.')).toEqual([['200 billion yuan', 'Industrial output']]);
  });

  it('strips number words from the counted noun and keeps its &', () => {
    expect(subjects('Processors shipped half a million gift boxes.')).toEqual([['half a million gift boxes', 'gift boxes shipped']]);
    expect(subjects('The Technopole will have about 165 000 I&T jobs.')).toEqual([['165 000 I&T jobs', 'I&T jobs in the Technopole']]);
  });

  it('prefers a measure named before the figure to an "in …" phrase after it', () => {
    expect(subjects('The estimated cost of about $12.4 billion in money-of-the-day prices was approved.')).toEqual([['$12.4 billion', 'estimated cost']]);
  });

  it('reads the measured thing after the verb, and the object between a verb of change and "by"', () => {
    expect(subjects('The county posted output of 12 billion yuan.')).toEqual([['12 billion yuan', 'county output']]);
    expect(subjects('Its bamboo industry posted output of nearly 20 billion yuan.')).toEqual([['20 billion yuan', 'bamboo industry output']]);
    expect(subjects('The firm will cut costs by 1.5 billion yuan.')).toEqual([['1.5 billion yuan', 'costs']]);
    expect(subjects('The county will cut energy consumption per unit of GDP by 3 percent.')).toEqual([['3 percent', 'energy consumption per unit of GDP']]);
    expect(subjects('For green development, energy consumption per unit of GDP is to be cut by 13.5 percent.')).toEqual([['13.5 percent', 'energy consumption per unit of GDP']]);
  });

  it('reads past verbs of change, time phrases and month spans as no subject', () => {
    expect(subjects('Land-sale revenue slumped 28% last year to 61.4 billion yuan and fell another 11% in May.').map(([, s]) => s)).toEqual([
      'Land-sale revenue', 'Land-sale revenue', 'Land-sale revenue',
    ]);
    expect(subjects('General budget revenue rose just 1.2% to 208.3 billion yuan in January-September.').map(([, s]) => s)).toEqual([
      'General budget revenue growth', 'General budget revenue',
    ]);
  });

  it('reads "of" past a conversion in brackets and past the figure of a whole, and keeps a counted noun over "in …"', () => {
    expect(subjects('Today the county has 60,000 mu (4,000 hectares) of paulownia forests.').map(([, s]) => s)).toEqual(['paulownia forests', 'paulownia forests']);
    expect(subjects('Investors are wary. About 14% of the 1,860 LGFV notes due in 2027 were sold by small issuers.')[0]).toEqual(['14%', 'share of LGFV notes']);
    expect(subjects("Nearly 40 percent of the city's 1,968 administrative villages still lack a paved road.")[0]).toEqual(['40 percent', 'share of administrative villages']);
    expect(subjects('Courier firms have opened 11 cold-storage warehouses in the county.')).toEqual([['11 cold-storage warehouses', 'cold-storage warehouses opened']]);
  });

  it('takes "per capita" and "of" into the head of a sentence whose clause names nothing', () => {
    expect(subjects('Per capita disposable income of residents is to grow with the economy, reaching 52,000 yuan by 2030.')).toEqual([
      ['52,000 yuan', 'Per capita disposable income of residents'],
    ]);
  });

  it('names the staff, beneficiaries or population a head count of people measures', () => {
    expect(subjects('Fuping, home to about 760,000 people, grows persimmons.')[0]?.[1]).toBe('population of Fuping');
    expect(subjects('The sector employs around 62,000 people.')[0]?.[1]).toBe('people employed by sector');
    expect(subjects('The project is expected to benefit about 1.12 million people.')[0]?.[1]).toBe('project beneficiaries');
  });

  it('drops a verb after an auxiliary or "to", reads an owner\'s figure by what follows it, and no "record low"', () => {
    expect(subjects('The infection rate has stayed below 0.3 percent.')[0]?.[1]).toBe('infection rate');
    expect(subjects('The industry had revenue of 286 billion yuan.')[0]?.[1]).toBe('industry revenue');
    expect(subjects('The base will cost about 12 billion yuan.')[0]?.[1]).toBe('cost of the base');
    expect(subjects("Investors bet that Beijing's 10 trillion yuan debt swap programme will work.")[0]?.[1]).toBe("Beijing's debt swap programme");
    expect(subjects('The bond yield fell to a record low of 2.04%.')[0]?.[1]).toBe('bond yield');
  });

  it('reads an amount written before its noun like a compound adjective, not a change named after it', () => {
    expect(subjects('• a 2.8 billion yuan new energy vehicle parts project;')[0]?.[1]).toBe('new energy vehicle parts');
    expect(subjects('• a $300 million precision optics plant by a lens maker.')[0]?.[1]).toBe('investment in the precision optics plant');
    expect(subjects('Household income rose to 21,700 yuan, a 40 percent increase.')[1]?.[1]).not.toBe('increase');
  });

  it('reads past a lead-in that points back and a speaker label, and takes no share "of the total" for its subject', () => {
    expect(subjects('Of this, the urban population was 21.34 million, accounting for 55.4 percent of the total.')).toEqual([['55.4 percent', 'urban population share']]);
    expect(subjects('REPORTER (LIU YANG): Zhangbei County sits some 1,400 meters above sea level.')[0]?.[1]).toBe('altitude of Zhangbei County');
  });

  it('names a distance by the place it is measured from or to, and a height above sea level as an altitude', () => {
    expect(subjects("The zone is 12 km from Changzhou Benniu International Airport and 165 km from Shanghai's Yangshan port.")).toEqual([
      ['12 km', 'distance from Changzhou Benniu International Airport'],
      ['165 km', "distance from Shanghai's Yangshan port"],
    ]);
    expect(subjects('Power travels along a DC grid to Beijing, about two hundred kilometers away.')).toEqual([['two hundred kilometers', 'distance to Beijing']]);
    expect(subjects('Zhangbei County sits on the Bashang Plateau, some 1,400 meters above sea level.')).toEqual([['1,400 meters', 'altitude of Zhangbei County']]);
    expect(subjects('The plant is about 50 km south of Changsha.')).toEqual([['50 km', 'distance from Changsha']]);
    // A length or an area is no distance.
    expect(subjects('The county upgraded 48 km of rural roads; the park covers 12 square kilometers from the river to the hills.').map(([, s]) => s)).toEqual(['rural roads upgraded', 'area of the park']);
  });

  it('joins nouns over "of the" and "in the", and reads no time phrase after the figure for its subject', () => {
    expect(subjects('The organic matter of the topsoil rose by 0.6 percentage points.')).toEqual([['0.6 percentage points', 'organic matter of the topsoil']]);
    expect(subjects('Tax revenue per mu in the instrument park reached 186,000 yuan.')).toEqual([['186,000 yuan', 'Tax revenue per mu in the instrument park']]);
    expect(subjects('Its sales in the country fell 14% in the year to March to 31.6 billion yen.').map(([, s]) => s)).toEqual(['sales in the country', 'sales in the country']);
    // A verb before "in" ends the subject (invested in): what was invested is named elsewhere.
    expect(subjects('The county invested in the park 3 billion yuan.')[0]?.[1]).not.toMatch(/invested/);
  });

  it('names the population of a city of N people, and reads "account for" as a verb', () => {
    expect(subjects("Gongyi, a county-level city of 790,000 people in Henan, ran up debt.")).toEqual([['790,000 people', 'population of Gongyi']]);
    // (A place in apposition is named before its comma, mid-sentence too; a sentence that opens with "Home to" names none.)
    expect(subjects('The bonds were sold by the main financing vehicle of Mile, a county-level city of about 560,000 people.')[0]?.[1]).toBe('population of Mile');
    expect(subjects('Hegang, a coal city of 890,000 people on the Amur river, became a byword for decline.')[0]?.[1]).toBe('population of Hegang');
    expect(subjects('Home to about 2.8 million residents, the city grows.')[0]?.[1]).toBe('population');
    expect(subjects('Chinese carmakers now account for 62% of its orders.')).toEqual([['62%', 'Chinese carmakers share of orders']]);
  });

  it('names a percentage or fraction of a whole as the share of it that the thing before it takes', () => {
    expect(subjects('Core digital economy industries are to reach 13 percent of GDP.')).toEqual([['13 percent', 'Core digital economy industries share of GDP']]);
    expect(subjects('The top firms paid 71% of park taxes.')).toEqual([['71%', 'top firms share of park taxes']]);
    expect(subjects('Land sales, which paid for about 60% of park investment, fell.')).toEqual([['60%', 'share of park investment']]);
    // Not an amount, nor a share of the total the sentence already names.
    expect(subjects('Output of the automobile sector reached 260 billion yuan.')).toEqual([['260 billion yuan', 'Output of the automobile sector']]);
  });

  it('names money after a verb of investing as an investment, planned when it is still to come, in what follows "in"', () => {
    expect(subjects('The county plans to invest 1.2 billion yuan over the next three years.')).toEqual([['1.2 billion yuan', 'planned investment']]);
    expect(subjects('Ganjiang Lithium has invested 3.5 billion yuan in the park.')).toEqual([['3.5 billion yuan', 'investment in the park']]);
    // A counted noun after the verb is what was invested in, not money.
    expect(subjects('The fund invested in 12 start-ups.')).toEqual([['12 start-ups', 'start-ups']]);
  });

  it('names a head count of people by what they are: an owner\'s population, the beneficiaries, the phrase before a copula', () => {
    expect(subjects('In 2014, about a fifth of its 680,000 people were registered as poor.')[1]).toEqual(['680,000 people', 'population']);
    expect(subjects('About 410,000 people in 503 villages benefited directly.')[0]).toEqual(['410,000 people', 'beneficiaries']);
    expect(subjects('Direct project beneficiaries are estimated at about 598,000 people.')).toEqual([['598,000 people', 'Direct project beneficiaries']]);
    // Registered residents stay residents.
    expect(subjects("The town's 23,000 registered residents are ageing.")).toEqual([['23,000 registered residents', 'registered residents']]);
  });

  it('gives a sentence led by "It" the subject of the figure just before it', () => {
    expect(subjects('Land sale revenue covered roughly 60% of this before 2021. It peaked at 5.27 billion yuan in 2021 and fell to 3.1 billion yuan in 2024.').map(([, s]) => s)).toEqual([
      'share covered by Land sale revenue', 'Land sale revenue in 2021', 'Land sale revenue in 2024',
    ]);
  });

  it('gives each of two groups named in one sentence its own figures, in the order written', () => {
    expect(subjects('Per capita disposable income of urban and rural residents rose by 4.8 percent and 6.5 percent to 78,420 yuan and 49,360 yuan.')).toEqual([
      ['4.8 percent', 'growth of Per capita disposable income of urban residents'],
      ['6.5 percent', 'growth of Per capita disposable income of rural residents'],
      ['78,420 yuan', 'Per capita disposable income of urban residents'],
      ['49,360 yuan', 'Per capita disposable income of rural residents'],
    ]);
    expect(subjects('In Zhuji, per capita disposable income reached 79,360 yuan for urban residents and 48,120\nyuan for rural residents.').map(([, s]) => s)).toEqual([
      'per capita disposable income of urban residents', 'per capita disposable income of rural residents',
    ]);
  });

  it('names a share of an owner\'s whole (a third of its income) by what takes it, and an amount after it by that again', () => {
    expect(subjects('Chinese carmakers now account for 62% of its orders there, up from 35% five years ago.')).toEqual([
      ['62%', 'Chinese carmakers share of orders'], ['35%', 'Chinese carmakers share of orders'],
    ]);
    expect(subjects('This year they are expected to cover only a third of its income.')).toEqual([['a third', 'share of income covered']]);
    expect(subjects('Land-sale revenue, once a third of its income, slumped 28% last year to 61.4 billion yuan.')).toEqual([
      ['a third', 'Land-sale revenue share of income'], ['28%', 'Land-sale revenue'], ['61.4 billion yuan', 'Land-sale revenue'],
    ]);
    expect(subjects('Sell at least 30% of their standard factory floor space, about 1.1 million square meters.').map(([, s]) => s)).toEqual([
      'share of standard factory floor space', 'standard factory floor space',
    ]);
  });

  it('names money written before a project it builds, past "the" and a conversion, and no figure after "for" as what another is of', () => {
    expect(subjects('The 11.5 billion yuan ($1.6 billion) project, built by a state-owned group, pairs the panels with batteries.').map(([, s]) => s)).toEqual([
      'investment in the project', 'investment in the project',
    ]);
    expect(subjects('Each megawatt must come with 0.4 MW of storage lasting four hours, up from 0.1 MW for two hours.').map(([, s]) => s)).toEqual([
      'storage', 'storage', 'storage', 'storage',
    ]);
    expect(subjects('It will feed an 800-kilovolt link due to carry more than 36 terawatt-hours a year.').map(([, s]) => s)).toEqual(['link a year']);
  });

  it('names a conversion in brackets as the figure it converts, land by what it is for, a stock in days of sales, people by their work', () => {
    expect(subjects('Fuping now grows persimmons on 120,000 mu (8,000 hectares) of land.').map(([, s]) => s)).toEqual(['persimmons', 'persimmons']);
    expect(subjects('The county has set aside 1,500 mu of land for a "returnee industrial park" near the county seat.')).toEqual([
      ['1,500 mu', 'land for returnee industrial park'],
    ]);
    // Past the place the land lies along, with no "of land": an area set aside for a named scheme.
    expect(subjects('The city, home to many overseas Chinese, has set aside 2,400 mu (160 hectares) along the Tanjiang River for a "Hong Kong and Macau Garden" of homes.').map(([, s]) => s)).toEqual([
      'land for Hong Kong and Macau Garden', 'land for Hong Kong and Macau Garden',
    ]);
    // A time after "for" is no purpose.
    expect(subjects('Farmers leased 300 mu along the Tanjiang River for three years.').map(([, s]) => s)).not.toContain('land for three years');
    expect(subjects('Unsold stock stands at 2.1 million square meters, or about 26 months of sales.').map(([, s]) => s)).toEqual(['Unsold stock', 'Unsold stock']);
    expect(subjects('The county has some 60,000 people working in e-commerce and express delivery.')).toEqual([
      ['60,000 people', 'people working in e-commerce and express delivery'],
    ]);
    // People named by what befell them, their risk or their place, up to the verb after them.
    expect(subjects('In all, 6.82 million people at risk of returning to poverty had been identified, and 32.8 million people lifted out of poverty were in employment.').map(([, s]) => s)).toEqual([
      'people at risk of returning to poverty', 'people lifted out of poverty',
    ]);
    expect(subjects('Between 2016 and 2020, 353,000 people in Liangshan moved out of high mountains.').map(([, s]) => s)).toEqual(['people in Liangshan']);
  });

  it('leaves the verb of a source out of the thing that takes a share', () => {
    expect(subjects('Survey data from the Hong Kong General Chamber of Commerce shows that only 18 per cent of its manufacturing members plan to move.')).toEqual([
      ['18 per cent', 'Hong Kong General Chamber of Commerce share of manufacturing'],
    ]);
  });

  it('ends a subject at a verb of slowing or drawing and at "between"', () => {
    expect(subjects('Issuance slowed 18% in the third quarter.')).toEqual([['18%', 'Issuance']]);
    expect(subjects('The note drew orders of $1.1bn.')).toEqual([['$1.1bn', 'orders']]);
  });

  it('names a compound annual growth rate by what grew, as a CAGR', () => {
    expect(subjects('Industrial output of the zone reached RMB 186.5 billion in 2025, a CAGR of 9.4% since 2020.').map(([, s]) => s)).toEqual([
      'Industrial output of the zone in 2025', 'Industrial output of the zone CAGR',
    ]);
    expect(subjects('Output of the cluster grew at a CAGR of 17.8% and now accounts for roughly 42% of the total.').map(([, s]) => s)).toEqual([
      'Output CAGR', 'Output share',
    ]);
  });

  it("names the county's or the city's figure by the place the text named, when it named one", () => {
    expect(subjects("Lankao county in Henan is known for its paulownia. The county's GDP reached 41.6 billion yuan, up 6.9 percent.")).toEqual([
      ['41.6 billion yuan', 'Lankao GDP'], ['6.9 percent', 'Lankao GDP growth'],
    ]);
    expect(subjects('Longnan, a county-level city in Ganzhou, grew fast. The city\'s GDP reached 38.2 billion yuan.')).toEqual([['38.2 billion yuan', 'Longnan GDP']]);
    // (The last place of the level named before the figure; "The city" and the words of a longer name are no name.)
    expect(subjects('Tongwei County, in Dingxi city, is poor. The county\'s GDP was 8.6 billion yuan.')).toEqual([['8.6 billion yuan', 'Tongwei GDP']]);
    expect(subjects('The city grew. The city\'s GDP reached 1.27 trillion yuan.')).toEqual([['1.27 trillion yuan', "city's GDP"]]);
    expect(subjects('Yiwu International Trade City is busy. The city\'s exports reached 120 billion yuan.')).toEqual([['120 billion yuan', "city's exports"]]);
  });

  it('gives a figure after "each" or "every" the subject of the figure it points back to', () => {
    expect(subjects('The cooperatives have hired 15 young graduates as e-commerce staff, each paid 4,500 yuan a month.')).toEqual([
      ['15 young graduates', 'young graduates hired'], ['4,500 yuan', 'young graduates hired a month'],
    ]);
    expect(subjects('The county plans to build 12 new seed processing lines by 2028, each able to handle 5,000 tonnes a year.').map(([, s]) => s)).toEqual([
      'new seed processing lines built', 'new seed processing lines built a year',
    ]);
  });

  it('ends a subject at a verb of coming to, occupying, wanting or beating', () => {
    expect(subjects('Transfers from the central and provincial governments filled the gap: they came to 3.71 billion yuan.')).toEqual([['3.71 billion yuan', 'Transfers']]);
    expect(subjects('The base will occupy 1,200 mu of land.')).toEqual([['1,200 mu', 'base']]);
  });

  it('reads two nouns joined by "and" after "of" as one thing measured', () => {
    expect(subjects("Shuyang's online sales of flowers and plants reached 26.8 billion yuan.")).toEqual([['26.8 billion yuan', "Shuyang's online sales of flowers and plants"]]);
    expect(subjects('Exports of shoes and clothing rose 4.1%.')).toEqual([['4.1%', 'Exports of shoes and clothing growth']]);
    // (Not across a comma: "Of the money, flowers and plants took …" is no "of" phrase.)
    expect(subjects('Sales of seedlings, flowers and plants reached 3 billion yuan.')).toEqual([['3 billion yuan', 'plants']]);
  });

  it('keeps a measure named by a verb form before "per" (spending per student)', () => {
    expect(subjects('Spending per student reached 14,800 yuan in 2025.')).toEqual([['14,800 yuan', 'Spending per student in 2025']]);
    expect(subjects('Average spending per visitor rose to 1,450 yuan.')).toEqual([['1,450 yuan', 'Average spending per visitor']]);
  });

  it('names a group written after its size by whom it gathers', () => {
    expect(subjects("Zhou is one of the county's more than 3,000-strong team of live-streamers.")).toEqual([['3,000-strong', 'team of live-streamers']]);
    expect(subjects('A 40-strong delegation of officials visited the park.')).toEqual([['40-strong', 'delegation of officials']]);
  });

  it('reads past an irregular participle after an auxiliary (has shrunk, were laid)', () => {
    expect(subjects("Kia's share has shrunk to about 30 percent.")).toEqual([['30 percent', "Kia's share"]]);
    expect(subjects('Pipes were laid at least 1.2 metres deep.')).toEqual([['1.2 metres', 'Pipes']]);
  });

  it('reads past "on average" and "an average of" to the thing, and says it is an average', () => {
    expect(subjects('Each village collective earned on average 46,000 yuan a year.')).toEqual([['46,000 yuan', 'average village collective a year']]);
  });

  it('names a count of households surveyed', () => {
    expect(subjects('A survey of 1,200 households found most were satisfied.')).toEqual([['1,200 households', 'households surveyed']]);
    expect(subjects('Researchers surveyed 386 households last spring.')).toEqual([['386 households', 'households surveyed']]);
  });

  it('names bare units by the measure before them', () => {
    expect(subjects('Capacity at its biggest plants is 600,000 units.')).toEqual([['600,000 units', 'capacity']]);
  });
  it('names a count that is the object of a verb in the past by what was done to it, not by a verb of measuring', () => {
    expect(subjects('The county signed 48 projects and has trained more than 9,600 farmers. Crews built 38 bridges.').map(([, s]) => s)).toEqual([
      'projects signed', 'farmers trained', 'bridges built',
    ]);
    // ("an estimated 300 people" is a qualifier; "numbered 120 stalls" says how many there are.)
    expect(subjects('The market numbered 120 stalls, and an estimated 300 traders came.').map(([, s]) => s)).toEqual(['stalls', 'traders']);
  });
  it('names the year a figure is given for, right after it, as part of what it measures', () => {
    expect(subjects('Household income rose from US$2,150 (15,500 yuan) in 2021 to US$3,010 in 2025, up 40 percent.').map(([, s]) => s)).toEqual([
      'Household income in 2021', 'Household income in 2021', 'Household income in 2025', 'Household income growth',
    ]);
    // (Prices of a base year, and a year not right after the figure, are not the figure's own.)
    expect(subjects('Exports reached $3 billion in 2020 prices. Exports reached $4 billion, the most since 2019.').map(([, s]) => s)).toEqual([
      'Exports', 'Exports',
    ]);
  });
  it('gives a measure that something generated, earned or had, named before its "of", to that thing', () => {
    expect(subjects("Yichun's lithium industry generated revenue of 158.2 billion yuan. Liyang's battery industry had output of 128.5 billion yuan.").map(([, s]) => s)).toEqual([
      "Yichun's lithium industry revenue", "Liyang's battery industry output",
    ]);
    // (Not a pronoun: "It" names nothing of its own.)
    expect(subjects('It generated revenue of 24.5 billion yuan.')).toEqual([['24.5 billion yuan', 'revenue']]);
  });
  it('reads past an article between a verb of having and a measure (generated an output value of, had a population of)', () => {
    expect(subjects("The sheep industry generated an output value of 4.3 billion yuan. The city's NEV industry generated an output value of 86.3 billion yuan.").map(([, s]) => s)).toEqual([
      'sheep industry output value', 'NEV industry output value',
    ]);
    expect(subjects('The county had a population of 1.2 million people.')).toEqual([['1.2 million people', 'population of the county']]);
  });
  it('names money "of" or "in" a measure, the object of a verb of having or making, as that measure of the thing before the verb', () => {
    expect(subjects('They are the core of a parts cluster that produced 31.6 billion yuan of output last year.')).toEqual([['31.6 billion yuan', 'output of parts cluster']]);
    // (Past an aside after the thing: the thing the sentence is about.)
    expect(subjects('Its state-owned investment vehicle, which holds stakes in two carmakers, carried 46 bln yuan of debt.').map(([, s]) => s)).toEqual([
      'carmakers', 'debt of state-owned investment vehicle',
    ]);
    // (Not money of a thing that is no measure: "200 million yuan of bonds".)
    expect(subjects('The company issued 200 million yuan of bonds.')).toEqual([['200 million yuan', 'bonds issued']]);
  });
  it('names things counted, or a measure, after "with" by the thing before it, not by a verb\'s phrase', () => {
    expect(subjects('The new town has a clinic with 120 beds. It built 18 bridges with a total length of 1.9 km.').map(([, s]) => s)).toEqual([
      'beds in clinic', 'bridges built', 'total length of bridges',
    ]);
    // ("compared with" and a pronoun's clause name no owner; a centre that "opened last year with" an investment is what
    // the investment is in, by the rule of money a thing was built or opened with.)
    expect(subjects('Output rose to 12 billion yuan, compared with 9 billion yuan. She lives in a room she shares with five other girls.').map(([, s]) => s)).toEqual([
      'Output', 'Output', 'other girls',
    ]);
    expect(subjects('The centre opened last year with an investment of 320 million yuan.')).toEqual([['320 million yuan', 'investment in the centre']]);
  });
  it('names a measure after "with" by the thing before it without an article too, past an adjective in -ed before that thing', () => {
    expect(subjects('The outline lists 186 major projects with total investment of 4.6 trillion yuan. The county will offer plots in three consolidated parks with a combined area of 18.5 square kilometres.').map(([, s]) => s)).toEqual([
      'major projects', 'total investment of major projects', 'consolidated parks', 'combined area of consolidated parks',
    ]);
    expect(subjects('It is home to 126 German-funded companies with total investment of about $2.3 billion.').map(([, s]) => s)).toEqual([
      'German-funded companies', 'total investment of German-funded companies',
    ]);
    // (A participle with a time after it is a clause's verb, no thing: "a site that opened last year with" owns no measure
    // after "with"; the investment is in the site it opened.)
    expect(subjects('It is a site that opened last year with an investment of 320 million yuan.')).toEqual([['320 million yuan', 'investment in site']]);
  });
  it('keeps "total" and "annual" that describe a measure inside its name without an article', () => {
    expect(subjects('Total imports and exports reached 84.6 billion yuan. The plant is expected to generate annual sales of 6 billion yuan.').map(([, s]) => s)).toEqual([
      'Total imports and exports', 'annual sales',
    ]);
    // (A verb "total" still ends the phrase: "Exports total …".)
    expect(subjects('Exports total 5 billion yuan.')).toEqual([['5 billion yuan', 'Exports']]);
  });
  it('names a span after within, in, for or over that closes a clause with its verb as the time that clause takes', () => {
    expect(subjects('Construction must begin within six months of delivery. Every order ships within 24 hours.').map(([, s]) => s)).toEqual([
      'time Construction must begin after delivery', 'time Every order ships',
    ]);
    expect(subjects('Under the agreement, the company must keep the jobs for at least 10 years.')).toEqual([['10 years', 'time company must keep the jobs']]);
    // (Not a clause with no thing of its own, nor words right after a figure: "6trn yuan of bonds over three years".)
    expect(subjects('It will be finished in two years.').map(([, s]) => s)[0]).not.toMatch(/^time/);
    expect(subjects('The state let provinces issue 6trn yuan of special refinancing bonds over three years.').map(([, s]) => s)[1]).not.toMatch(/^time/);
  });
  it('names a figure given per period by its thing in that period, not a time it is compared with', () => {
    expect(subjects('A skilled machine operator earns about CNY6,800 a month. Its new rail yard can take 48 trains a day.').map(([, s]) => s)).toEqual([
      'skilled machine operator earnings a month', 'trains a day',
    ]);
    // ("a year earlier" says when the figure compared was, no period; a subject that names its period keeps its own.)
    expect(subjects('Revenue was 9 billion yuan, against 12 billion yuan a year earlier. Annual output is 5,000 tonnes a year.').map(([, s]) => s)).toEqual([
      'Revenue', 'Revenue a year earlier', 'Annual output',
    ]);
  });
  it('names a figure given per thing, right after it, as that thing\'s share, not per cent', () => {
    expect(subjects('The operator pays a subsidy of 2,000 yuan per import container to fill the trains.')[0]?.[1]).toBe('subsidy per import container');
    expect(subjects('It pays for equipment upgrades, with grants of up to RMB 3mn per firm for automation.')[0]?.[1]).toBe('grants per firm');
    // (Not a subject that names its unit already, and none past a word that ends it.)
    expect(subjects('The relocation subsidy per enterprise is 1.5 million yuan per enterprise.')[0]?.[1]).toBe('relocation subsidy per enterprise');
    expect(subjects('The line runs 14 workers per shift instead of 45.')[0]?.[1]).toMatch(/per shift$/);
  });
  it('names things counted at the head of their clause by what they do, past its auxiliaries', () => {
    expect(subjects('About 6,500 workers have returned from coastal cities. Some 310,000 residents would gain access to safe piped water.').map(([, s]) => s)).toEqual([
      'workers returned from coastal cities', 'residents gain access to safe piped water',
    ]);
    expect(subjects('Some 4,600 residents have found work close to home, and 1,200 households moved in. Its 169 villages exceeded 1.8 million yuan.').map(([, s]) => s)).toEqual([
      'residents found work close to home', 'households moved', 'villages', 'villages',
    ]);
    // (Not an object of a verb of doing, nor a count before a noun that may be a verb: "employs 300 workers" names who
    // employs them, "2.3 million orders leave".)
    expect(subjects('The plant employs 300 workers. More than 2.3 million orders leave the county.').map(([, s]) => s)).toEqual(['workers employed by plant', 'orders']);
  });
  it('names a count that is the object of a verb still to be done by what will be done to it', () => {
    expect(subjects('The project would rehabilitate 17 small reservoirs. The county plans to train 1,000 technicians and to build 12 bridges.').map(([, s]) => s)).toEqual([
      'small reservoirs rehabilitated', 'technicians trained', 'bridges built',
    ]);
    // (Not a verb of having or reaching: "will reach 60 companies" says how many there are.)
    expect(subjects('The park will have 60 companies.')).toEqual([['60 companies', 'companies in the park']]);
  });
  it('reads two words joined by "and" before a shared noun after "of" as one thing', () => {
    expect(subjects('The project upgraded 640 km of county and township roads. The county plans 45 GW of wind and solar capacity by 2030.').map(([, s]) => s)).toEqual([
      'county and township roads upgraded', 'wind and solar capacity',
    ]);
    // (Not a new clause or another figure after "and".)
    expect(subjects('It restored 120 mu of farmland and the factory shell was ready.')).toEqual([['120 mu', 'farmland restored']]);
    expect(subjects('The port handled 1.38 billion tonnes of cargo and 39.3 million TEU.').map(([, s]) => s)[0]).toBe('cargo handled');
  });
  it('names a distance "away" by the thing that is so far away, before its verb or its comma', () => {
    expect(subjects('The nearest large market, the provincial capital, is 560 km away. But our customers are 500 km away.').map(([, s]) => s)).toEqual([
      'distance to provincial capital', 'distance to customers',
    ]);
    expect(subjects('They moved into apartments in the county seat, about 70 km away.')).toEqual([['70 km', 'distance to apartments in the county seat']]);
    // (A pronoun names no place.)
    expect(subjects('It is 40 km away.')).toEqual([['40 km', 'distance']]);
  });
  it('reads an amount per unit after a verb of investing as money invested, and money put by with no purpose said as funds put by', () => {
    expect(subjects('Each buyer must invest at least 4.5 million yuan per mu.')).toEqual([['4.5 million yuan per mu', 'investment']]);
    expect(subjects('The county has set aside 300 mln yuan, enough for 20,000 cars.').map(([, s]) => s)[0]).toBe('funds set aside');
    // (Money "in" or "of" a thing that names it keeps that name.)
    expect(subjects('The province allocated 30 million yuan in emergency funds.')).toEqual([['30 million yuan', 'emergency funds']]);
  });
  it('names a figure of a year back ("a year earlier", "a year ago") as its thing then, and its level now without it', () => {
    expect(subjects('Inventory rose to 148 days of sales, from 121 days a year earlier.').map(([, s]) => s)).toEqual(['Inventory', 'Inventory a year earlier']);
  });
  it('names money "at a cost of" by the thing the clause does something to, not where it goes', () => {
    expect(subjects('The county built a 46,000-square-meter logistics park in 2022 at a cost of 280 million yuan.').map(([, s]) => s)[1]).toBe('cost of logistics park');
    expect(subjects('The city will extend a water main about 1.3 miles to the site, at a cost of $410,000.').map(([, s]) => s)[1]).toBe('cost of water main');
    // (The sentence's own subject is no thing done to: "The project was finished at a cost of …" keeps "cost".)
    expect(subjects('The project was finished at a cost of 20 million yuan.')).toEqual([['20 million yuan', 'cost']]);
  });
  it('names a figure after the verb "average" an average of the thing before the verb', () => {
    expect(subjects('Prices averaged 452 yuan per square meter. Transit times to Duisburg average 16 days.').map(([, s]) => s)).toEqual([
      'average Prices', 'average Transit times',
    ]);
  });
  it('names things counted in a group or a place written after them by both', () => {
    expect(subjects("The study covers the 58 counties in Gansu's poorest group. Of the 1,300 households in Liu's village, most left.").map(([, s]) => s)).toEqual([
      "counties in Gansu's poorest group", "households in Liu's village",
    ]);
    // (Not a time: "in the past year" says when.)
    expect(subjects('There were 40 stalls in the past year.')).toEqual([['40 stalls', 'stalls']]);
  });
  it('names what a thing costs, written with the verb, as the cost of that thing', () => {
    expect(subjects('A second line, to be finished in 2028, will cost 28.5 billion yuan. It runs a programme that officials say will cost 7.8 billion yuan.').map(([, s]) => s)).toEqual([
      'cost of second line', 'cost of programme',
    ]);
    // (A relative clause that is only its verb keeps naming the thing it hangs on.)
    expect(subjects('He stopped buying the better coal, which costs 880 yuan a tonne.')).toEqual([['880 yuan', 'better coal']]);
  });
  it('joins an owner\'s "its" after "of" into the measure, and ends a subject at "but", "where", "though" and "along"', () => {
    expect(subjects('Debt is rising at county level, where land sales fell 41% y/y.').map(([, s]) => s)).toEqual(['land sales']);
    expect(subjects('Output value of its fishery sector reached 21.6 billion yuan.')).toEqual([['21.6 billion yuan', 'Output value of its fishery sector']]);
    expect(subjects('The rate fell, but that covers only about 12% of LGFV borrowing.').map(([, s]) => s)).toEqual(['share of LGFV borrowing covered']);
    expect(subjects('Phase II is a 3.6-hectare site along the river.')).toEqual([['3.6-hectare', 'site']]);
  });
  it('keeps "total" and "annual" that describe a measure, and drops them alone before "of"', () => {
    expect(subjects('The total project cost was $288.12 million. A plant with an annual capacity of 20 gigawatt-hours opened.').map(([, s]) => s)).toEqual([
      'total project cost', 'annual capacity of plant',
    ]);
    expect(subjects('Exports rose to a total of 2.1 billion yuan.')).toEqual([['2.1 billion yuan', 'Exports']]);
  });
  it('reads "in" and a proper name after a figure as where it is, not what it measures; a month span stays', () => {
    expect(subjects('The six plots cover 412,600 square meters in the Changxing Economic and Technological Development Zone.')).toEqual([
      ['412,600 square meters', 'area of the six plots'],
    ]);
    expect(subjects('Exports rose to 2.9 billion yuan in the July-September period.')).toEqual([['2.9 billion yuan', 'July-September period']]);
  });
  it('drops "put" and a participle that is no -ed form ("has shrunk") from the end of a subject', () => {
    expect(subjects('The area of mobile sand dunes has shrunk to 23 square kilometers.')).toEqual([['23 square kilometers', 'area of mobile sand dunes']]);
    expect(subjects('The third national land survey, published in 2021, put the total at 1.918 billion mu.').map(([, s]) => s)).toEqual(['third national land survey']);
  });
  it('names the percentage a thing makes up or accounts for as its share', () => {
    expect(subjects('Tax revenue made up 74.2% of the total. Online sales accounted for nearly 40 percent of the total.').map(([, s]) => s)).toEqual([
      'Tax revenue share', 'Online sales share',
    ]);
    expect(subjects('Revenue rose, with the Hsinchu park contributing 42 percent.').map(([, s]) => s)).toEqual(['Hsinchu park share']);
    // A part of what the figure before counted ("of whom", "of them") is a share of it, with what the part is said to be;
    // a change is no share.
    expect(subjects('The team handled 140,000 orders, about a quarter of them from repeat customers.').map(([, s]) => s)).toEqual([
      'orders handled', 'share of orders handled from repeat customers',
    ]);
    expect(subjects('The project trained 23,480 farmers, 46.5% of them women, against a target of 15,000.')[1]?.[1]).toBe('share of farmers trained women');
    expect(subjects('Around 480,000 residents, of whom 49% are women, will benefit.')[1]?.[1]).toBe('share of residents women');
    expect(subjects('The county has 480,000 residents, of whom 49% are women.').map(([, s]) => s)).toEqual(['residents in the county', 'share of residents in the county women']);
  });
  it('names a span of time by the time named before it in its sentence and what it is the time to do', () => {
    expect(subjects('The time needed to approve an industrial project has been cut from 45 working days to 30 working days.').map(([, s]) => s)).toEqual([
      'time needed to approve an industrial project', 'time needed to approve an industrial project',
    ]);
    expect(subjects('A cold-chain center cut the time it takes to reach buyers in Shanghai from four days to two.').map(([, s]) => s)[0]).toBe(
      'time it takes to reach buyers in Shanghai',
    );
    expect(subjects('Customs clearance time for imports cut to within 24 hours.')).toEqual([['24 hours', 'clearance time for imports']]);
  });
  it('keeps a pair of nouns said as one measure ("imports and exports") whole', () => {
    expect(subjects('Imports and exports reached 84.6 billion yuan. Industry grew and exports reached 2 billion yuan.').map(([, s]) => s)).toEqual([
      'Imports and exports', 'exports',
    ]);
  });
  it('names an amount something is worth as its value', () => {
    expect(subjects('Companies signed 47 projects worth a total of 61.5 billion yuan.').map(([, s]) => s)).toEqual(['projects signed', 'value of projects signed']);
    expect(subjects('Tea output reached 6,800 tonnes, worth 2.14 billion yuan.').map(([, s]) => s)).toEqual(['Tea output', 'value of Tea output']);
  });
  it('names an area a thing covers as its area, not when the thing is land or what grows on it', () => {
    expect(subjects('The zone covers 37.2 square kilometers. White tea plantations cover 200,000 mu.').map(([, s]) => s)).toEqual([
      'area of the zone', 'White tea plantations',
    ]);
  });
  it('names what a thing sells or changes hands for as its price', () => {
    expect(subjects('Land there sells for about 280,000 yuan per mu.')).toEqual([['280,000 yuan per mu', 'price of Land']]);
    expect(subjects('Industrial land changed hands at an average of NT$1.15 million per ping.').map(([, s]) => s)).toEqual(['average price of Industrial land']);
    expect(subjects('Flats changed hands at an average of 8,200 yuan per square metre.').map(([, s]) => s)).toEqual(['average price of Flats']);
    // (Not what is sold: "sold 410 million yuan of tea" is the tea's sales.)
    expect(subjects('They sold 410 million yuan of tea.').map(([, s]) => s)).toEqual(['tea sold']);
  });
  it('names the rate a thing is offered, supplied or priced at, or sold at past the thing sold, as its price', () => {
    expect(subjects('Industrial land is priced from CNY240,000 per mu.')[0]?.[1]).toBe('price of Industrial land');
    expect(subjects('Land is offered at Rmb180k/mu.')[0]?.[1]).toBe('price of Land');
    expect(subjects('The land, about 1,200 mu, was supplied at 180,000 yuan per mu.').pop()?.[1]).toBe('price of the land');
    expect(subjects('The city sold the land at €38 per square metre.')[0]?.[1]).toBe('price of the land');
    // (Past the thing sold, a total is what the sale raised, not a price.)
    expect(subjects('The county sold industrial and residential land for 2.1 billion yuan.')[0]?.[1]).not.toMatch(/price/);
  });
  it('leaves the unit in brackets after a table row\'s label out of the subject, as the header\'s is', () => {
    expect(subjects('Key Indicators, 2025\nIndicator\tJiangxi\tRank (of 31)\nGDP (US$ billion)\t498.6\t15th\nUrbanization rate (%)\t64.2\t19th\n')).toEqual([
      ['498.6', 'GDP'], ['64.2', 'Urbanization rate'],
    ]);
  });
  it('reads a figure in words as a compound adjective, and the noun after it though a name opens it; not a fraction', () => {
    expect(subjects('Over its six-year implementation period, the project will train farmers.').map(([, s]) => s)).toEqual(['implementation period']);
    expect(subjects('In the new area, a 5.2-square-kilometer NEV industrial park hosts parts makers.').map(([, s]) => s)).toEqual(['NEV industrial park']);
    expect(subjects('Nearly two-thirds cited schooling.').map(([, s]) => s)).not.toContain('cited schooling');
  });
  it('names money set aside or earmarked for a purpose by that purpose, unless the clause names the money', () => {
    expect(subjects('The county set aside 18 million yuan ($2.5 million) for relief.').map(([, s]) => s)).toEqual([
      'funds set aside for relief', 'funds set aside for relief',
    ]);
    expect(subjects('The county said 300 million yuan had been earmarked for the programme.').map(([, s]) => s)).toEqual(['funds earmarked for the programme']);
    expect(subjects('The provincial budget has set aside 1.5 billion yuan for the tea industry.').map(([, s]) => s)).toEqual(['provincial budget']);
    // ("is budgeted for": the passive with is; the size of what it is for is no part of its name.)
    expect(subjects('Another 1.2bn yuan is budgeted for a 160,000 sq m container yard.').map(([, s]) => s)[0]).toBe('funds budgeted for container yard');
  });
  it('keeps people or places counted "of" a named or definite owner as what is counted, and things "of" a material as it', () => {
    expect(subjects('The project covers 26 townships of Xinhua County.')).toEqual([['26 townships', 'townships of Xinhua County']]);
    expect(subjects('It trained 240 staff of the county water company.')).toEqual([['240 staff', 'staff of the county water company']]);
  });
  it('names a figure that opens its sentence and names nothing by the verb after it', () => {
    expect(subjects('Another 14.5 billion yuan falls due over the next 18 months.')[0]).toEqual(['14.5 billion yuan', 'falls due']);
    expect(subjects('A further $1.2 billion has been earmarked.')).toEqual([['$1.2 billion', 'earmarked']]);
    expect(subjects('A further 3.5 sq km is being levelled.')).toEqual([['3.5 sq km', 'being levelled']]);
    expect(subjects('About 70% said they preferred a lower rent.')).toEqual([['70%', '']]);
  });
  it('names TEU, a unit of container traffic, by what the clause measures before the verb', () => {
    expect(subjects('China-Europe services accounted for 31,200 TEU.')).toEqual([['31,200 TEU', 'China-Europe services']]);
  });
  it('leaves out the year a thing is for before its verb, and a bound (under, averages) before the figure', () => {
    expect(subjects('Officials were paid in full, but performance bonuses for 2025 were cut by about 40%.')).toEqual([['40%', 'performance bonuses']]);
    expect(subjects('The county aims to bring its debt ratio under 300%.')).toEqual([['300%', 'debt ratio']]);
    expect(subjects('Tax revenue from the old parks averages 96,000 yuan per mu.')).toEqual([['96,000 yuan per mu', 'average Tax revenue from the old parks']]);
    // ("General budget revenue fell from 8.4% of GDP in 2022 to 7.2%": no verb after the year; the level keeps the first's subject.)
    expect(subjects('General budget revenue fell from 8.4% of GDP in 2022 to 7.2% in 2025.').map(([, s]) => s)[1]).not.toMatch(/^GDP/);
  });
  it('reads a measure after "a" and an ordinal or "new" as the size of the noun after it', () => {
    expect(subjects('The operator will build a second 1,050m arrival-departure track.')).toEqual([['1,050m', 'arrival-departure track']]);
  });
  it('names spending by what it is spent doing, after its amount and when', () => {
    expect(subjects('The county has spent more than 9 billion yuan since 2021 luring electric-vehicle makers.').map(([, s]) => s)).toEqual([
      'spending on luring electric-vehicle makers',
    ]);
  });
});

describe("subjects of English figures in a research note's shorthand", () => {
  it('passes over approx., circa, c. and ~ as it passes over about, after a field label as in a sentence', () => {
    expect(subjects('Site area: approx. 52,000 m2')).toEqual([['52,000 m2', 'Site area']]);
    // (An area a thing covers is its area, past circa as past about.)
    expect(subjects('The new site covers circa 12 hectares.')).toEqual([['12 hectares', 'area of the new site']]);
    expect(subjects('Some guesthouses were open for fewer than 100 days a year.').map(([, s]) => s)).toEqual(['time Some guesthouses were open a year']);
  });

  it('ends a subject at yoy, as at year-on-year', () => {
    expect(subjects('Output rose 14% yoy to US$1.9bn.')).toEqual([
      ['14%', 'Output growth'],
      ['US$1.9bn', 'Output'],
    ]);
  });

  it('names things counted as what a place or body has, hosts or houses by that owner, not by a pronoun', () => {
    expect(subjects('The zone, set up in 2003, covers 37.2 square kilometers and hosts 1,160 companies.')).toEqual([['37.2 square kilometers', 'area of the zone'], ['1,160 companies', 'companies in the zone']]);
    expect(subjects('Today the village has about 1,800 households.')).toEqual([['1,800 households', 'households in the village']]);
    expect(subjects('A 1,300-mu instrument industrial park, opened in 2018, now houses 58 companies.').at(-1)).toEqual(['58 companies', 'companies in instrument industrial park']);
    expect(subjects('Lankao is home to 216 instrument makers.')).toEqual([['216 instrument makers', 'instrument makers in Lankao']]);
    expect(subjects('It hosts 1,320 industrial enterprises.')).toEqual([['1,320 industrial enterprises', 'industrial enterprises']]);
    expect(subjects('Together they cover about 13.8 square kilometers and are home to 416 foreign-funded companies.').at(-1)).toEqual(['416 foreign-funded companies', 'foreign-funded companies']);
  });

  it('names money a thing was built or opened with, as an investment, by what was built', () => {
    expect(subjects('The county has put into use a new integrated media center, built with an investment of 86 million yuan.')).toEqual([['86 million yuan', 'investment in new integrated media center']]);
    expect(subjects('A lithium hydroxide plant with an annual capacity of 20,000 metric tons, built with an investment of 3.5 billion yuan, started production.').at(-1)).toEqual(['3.5 billion yuan', 'investment in lithium hydroxide plant']);
    expect(subjects('The bar is set high: high-standard farmland must yield no less than 1,000 kg of grain per mu and be built at an investment of at least 3,000 yuan per mu.').at(-1)).toEqual(['3,000 yuan per mu', 'investment in high-standard farmland']);
  });

  it('names a figure set off by commas between a noun phrase and its verb by that noun phrase (an apposition)', () => {
    expect(subjects('On local support, the land, about 1,200 mu, was supplied at 180,000 yuan per mu.')).toEqual([
      ['1,200 mu', 'land'], ['180,000 yuan per mu', 'price of the land'],
    ]);
    // A figure between commas that no verb follows is no apposition: the clause names it as before.
    expect(subjects('Exports rose, up 42%, in October.')).toEqual([['42%', 'Exports growth']]);
  });

  it('names a figure that a "which" clause after a comma reaches by the noun phrase "which" stands for', () => {
    expect(subjects('Margins were helped by utilization in Lujiang, which ran at 91%.')).toEqual([['91%', 'utilization in Lujiang']]);
  });
});

describe('subjects of English figures counted in words that name nothing, and of caps', () => {
  it('names pairs, head or units that a verb of measuring reaches by what the clause names before its verb', () => {
    expect(subjects('Lens output reached 480mn pairs, up 11% yoy.')[0]).toEqual(['480mn pairs', 'Lens output']);
    expect(subjects("The county's Tan sheep herd has grown to 1.12 million head.")).toEqual([['1.12 million head', "county's Tan sheep herd"]]);
    // (Past the figure before, the thing that figure measured.)
    expect(subjects('Frame output fell 3% yoy to 92mn pairs as orders move to Vietnam.').map(([, s]) => s)).toEqual(['Frame output', 'Frame output']);
    // Not the object of a verb of doing, nor a unit "of" a thing named after it.
    expect(subjects('The park shipped 1.2 million units to 87 countries.')[0]).toEqual(['1.2 million units', 'units shipped']);
    expect(subjects('The plant has reached 3,000 head of cattle.')[0]?.[1]).not.toBe('plant');
  });

  it('names a figure that ", capped at" sets after the figure or noun before as the cap of what that measured', () => {
    expect(subjects('Buyers of a first home get a subsidy of 300 yuan per square metre, capped at 30,000 yuan per household.').at(-1)).toEqual(['30,000 yuan per household', 'subsidy cap']);
    expect(subjects('Firms may receive subsidies of up to 20 percent of their equipment investment, capped at 50 million yuan.').at(-1)?.[1]).toMatch(/ cap$/);
  });
});

describe('subjects of English shares of a whole named apart from them', () => {
  it('names a part after a fronted "Of the …," as a share of what that whole counts', () => {
    expect(subjects('Of the 1.2mn servers in the city, fewer than a fifth are equipped for AI workloads.').at(-1)).toEqual(['a fifth', 'share of servers']);
    expect(subjects('Of its 320 members, 41% plan to expand.').at(-1)).toEqual(['41%', 'share of members']);
  });

  it('names a part "of its" whole that has its own figure by what the whole counts, not a year', () => {
    expect(subjects('In 2014, about a fifth of its 680,000 people were registered as poor.')[0]).toEqual(['a fifth', 'share of people']);
    expect(subjects('Revenue fell to 40% of its 2021 peak.')[0]?.[1]).not.toMatch(/share of peak/);
  });

  it('names a part "of that" or "of these" as a share of what the figure before measured, as "of them"', () => {
    expect(subjects('We shipped 18.6 GWh of batteries, and about 70% of that came out of Lujiang.').at(-1)).toEqual(['70%', 'share of batteries shipped came out of Lujiang']);
  });
});

describe('subjects of English counts that are the object of a verb in -ing', () => {
  it('names things counted after a verb in -ing by what is being done to them, as after a verb in the past', () => {
    expect(subjects('It will upgrade 236 km of rural roads connecting 142 villages.').at(-1)).toEqual(['142 villages', 'villages connected']);
    expect(subjects('Villagers have opened homestays, adding some 4,600 beds since 2022.')).toEqual([['4,600 beds', 'beds added']]);
    expect(subjects('The flood forced its way in, forcing 2,000 people from their homes.')).toEqual([['2,000 people', 'people forced']]);
    expect(subjects('Nine schools offering 10,800 places opened.').at(-1)).toEqual(['10,800 places', 'places offered']);
  });

  it('not after a word in -ing that measures or holds what it counts, or is no verb', () => {
    expect(subjects('The county signed 48 projects, including 12 projects of more than 1 billion yuan each.')[1]?.[1]).not.toMatch(/includ/);
    expect(subjects('The programme reached households covering 4,300 households.').at(-1)?.[1]).not.toMatch(/covered/);
  });
});

describe('subjects of English measures of a thing that are the object of a verb of doing', () => {
  it('names a measure "of" a thing after a verb in the past or in -ing by what is done to the thing', () => {
    expect(subjects('The county has cleared 400 hectares of inefficient industrial land.')).toEqual([['400 hectares', 'inefficient industrial land cleared']]);
    expect(subjects('The port handled 1.35 million tons of freight.')).toEqual([['1.35 million tons', 'freight handled']]);
    expect(subjects('The city issued 6.8 billion yuan of special bonds this year.')).toEqual([['6.8 billion yuan', 'special bonds issued']]);
    expect(subjects('The plant runs on solar power, saving about 260,000 tonnes of standard coal.')).toEqual([['260,000 tonnes', 'standard coal saved']]);
    expect(subjects('The county spent 380 million yuan rebuilding 120,000 mu of low-yield gardens.').at(-1)).toEqual(['120,000 mu', 'low-yield gardens rebuilt']);
  });

  it('not after a verb of measuring, estimating or holding, nor for a share', () => {
    expect(subjects('The state-owned vehicle carried 46 bln yuan of debt.')).toEqual([['46 bln yuan', 'debt of the state-owned vehicle']]);
    expect(subjects('The farms covered 3,650 km of rural roads.')[0]?.[1]).not.toMatch(/covered$/);
    expect(subjects('Exports reached 40% of output.')[0]?.[1]).not.toMatch(/reached/);
  });

  it('names people counted after a verb of employing by who employs them: the thing before the verb, or the noun a relative pronoun stands for', () => {
    expect(subjects('White tea plantations cover 200,000 mu, and the tea industry employs around 40,000 people.')[1]?.[1]).toBe('people employed by tea industry');
    expect(subjects("Jobs are following, and the city's 2,100-odd Taiwanese firms now employ some 410,000 people.").pop()?.[1]).toBe('people employed by Taiwanese firms');
    expect(subjects('It got a rescued company and a cluster that now employs some 120,000 people.')[0]?.[1]).toBe('people employed by cluster');
    expect(subjects('Lankao is home to 216 instrument makers, which employ more than 16,000 people.')[1]?.[1]).toBe('people employed by instrument makers');
    expect(subjects('A group announced a plant in the park that is to employ 1,500 people.')[0]?.[1]).toBe('people employed by plant in the park');
    expect(subjects('When finished, the park will cover 226 hectares, house 14 plants and employ about 6,500 people.').pop()?.[1]).toBe('people employed by park');
    expect(subjects('Since 2021 migrants have come home, and the firms they run employ about 21,000 people.')[0]?.[1]).toBe('people employed by firms');
    // (A pronoun names no employer; the workers counted keep their own noun.)
    expect(subjects('Their output rose, and they employ more than 21,000 people.')[0]?.[1]).toBe('people employed');
    expect(subjects('The industry employed more than 30,000 workers.')[0]?.[1]).toBe('workers employed by industry');
  });

  it('names money a thing is rented or leased for as its rent, of what is rented', () => {
    expect(subjects('Villagers in Jinji village rent their fields to a tourism company for 1,500 yuan per mu a year.')).toEqual([['1,500 yuan per mu', 'rent of fields a year']]);
    expect(subjects('Liu now farms 3.5 hectares, leased from 14 neighboring households at 1,200 yuan per mu a year.').pop()).toEqual(['1,200 yuan per mu', 'rent a year']);
    expect(subjects('Standard factories of 2,000 sq m are available for lease at RMB 28-35 per sq m per month.').pop()?.[1]).toBe('rent per month');
    // (A subject that names the rent already keeps it.)
    expect(subjects('Our standard factory buildings rent for 8 yuan per square meter a month.')[0]?.[1]).toBe('standard factory buildings rent a month');
    // ("lets" that allows is no letting: only "lets out" rents.)
    expect(subjects('The policy lets firms buy land at 200,000 yuan per mu.')[0]?.[1]).not.toMatch(/rent/);
    expect(subjects('The new rule lets farmers sell their grain at 3 yuan per kilogram.')[0]?.[1]).not.toMatch(/rent/);
    expect(subjects('Villagers let out their fields for 1,500 yuan per mu.')[0]?.[1]).toBe('rent of fields');
    // (What is rented, right before "for" or "at", is what the rent is of, not who rents it.)
    expect(subjects('Villagers rent their fields for 1,500 yuan per mu.')[0]?.[1]).toBe('rent of fields');
  });

  it('names money a verb of earning takes as the earnings of who earns it, from what "from" names', () => {
    expect(subjects('Chen said his household now earns about 180,000 yuan a year from tea.')).toEqual([['180,000 yuan', 'household earnings from tea a year']]);
    expect(subjects('"There I made 8,500 yuan a month," he said.')).toEqual([['8,500 yuan', 'earnings a month']]);
    expect(subjects('Hu Xiaoli sells bamboo shoots to homestay kitchens and earns about 3,000 yuan a month.')).toEqual([['3,000 yuan', 'earnings a month']]);
    // (Not money "of" or "in" a measure that names it: "earned 2 billion yuan in revenue".)
    expect(subjects('The firm earned 2 billion yuan in revenue.')[0]?.[1]).not.toMatch(/earnings/);
  });

  it('names a figure compared with something else by its thing against that, not against a time or a bound', () => {
    expect(subjects('Rent for the standard factories is 8 yuan per square meter a month, about 40 percent below that in nearby cities.').pop()).toEqual([
      '40 percent', 'standard factories below nearby cities',
    ]);
    expect(subjects("The county's GDP grew to 41.6 billion yuan, 1.9 percentage points higher than the provincial average.").pop()?.[1]).toBe("county's GDP above provincial average");
    expect(subjects('A box to Duisburg costs around $6,800, roughly 15% less than the same box by sea via Tianjin.').pop()?.[1]).toBe('Duisburg costs below same box by sea');
    expect(subjects('Transit times average 16 days, two to three days faster than services from Xi\'an.').pop()?.[1]).toBe("average Transit times faster than services from Xi'an");
    // (A time or a bound named with "above" is no thing compared.)
    expect(subjects('The district supplied 186 hectares of industrial land, 23 per cent more than a year earlier.').pop()?.[1]).not.toMatch(/above/);
    expect(subjects('It received 2.95 billion yuan of special bonds in 2026, 18 percent more than in 2025.').pop()?.[1]).not.toMatch(/above/);
    expect(subjects('The zone hosts 126 industrial enterprises above designated size.')[0]?.[1]).not.toMatch(/above/);
  });

  it('names a measure owned by "Its" at the head of a sentence by the place the sentence before opens with', () => {
    expect(subjects("Yulin, the coal and gas prefecture in northern Shaanxi, is one of China's richest inland cities. Its GDP reached RMB 652 billion in 2025.")).toEqual([
      ['RMB 652 billion', 'Yulin GDP in 2025'],
    ]);
    expect(subjects("Gongyi's economy rests on aluminium processing. Its GDP reached 91.3 billion yuan.")[0]?.[1]).toBe('Gongyi GDP');
    // (Not a name that does something or is said to be no place, nor a sentence that opens with none.)
    expect(subjects('Everbright moved its lines to Longnan. Its net profit rose to HK$214 million.').pop()?.[1]).toBe('net profit');
    expect(subjects('Guangdong Hualing Electric, a maker of range hoods, added two lines. Its domestic orders rose to 4,000.').pop()?.[1]).not.toMatch(/Hualing/);
    expect(subjects('The village closed its quarries. Its collective income reached 22 million yuan.')[0]?.[1]).toBe('collective income');
  });

  it('names tax a thing pays as the tax paid by it', () => {
    expect(subjects('The Korean firms employ about 9,800 people, including 210 Korean managers, and paid 680 million yuan in taxes last year.').pop()).toEqual([
      '680 million yuan', 'taxes paid by Korean firms',
    ]);
    expect(subjects("Most of them are 'low-efficiency' firms that paid less than 100,000 yuan of tax per mu.")[0]?.[1]).toBe('tax paid by low-efficiency firms');
    expect(subjects("The new park's firms were expected to pay at least 300,000 yuan in tax per mu a year.")[0]?.[1]).toBe("tax paid by new park's firms");
    // (A pronoun names no payer.)
    expect(subjects('They paid 3.6 billion yuan in taxes.')[0]?.[1]).toBe('taxes paid');
  });

  it('names a field in a block of fields under a heading that names a thing by that thing, not under a section title', () => {
    expect(subjects('Sino-German (Changzhou) Innovation Park\nPartner: Baden-Wuerttemberg business agencies | Opened: 2013\nArea: 6.2 square kilometers\n')).toEqual([
      ['6.2 square kilometers', 'Sino-German Innovation Park Area'],
    ]);
    expect(subjects('Land\nIndustrial land price: CNY 192,000 per mu\n')[0]?.[1]).toBe('Industrial land price');
    // (A field whose block opens with a sentence, or with no heading, keeps its label.)
    expect(subjects('The zone lists three parks.\nArea: 6.2 square kilometers\n').pop()?.[1]).toBe('Area');
  });

  it('names money a thing owes as its debt, and a measure a thing is expanded by as its expansion', () => {
    expect(subjects("The county's three main LGFVs still owed another 21.7 billion yuan, much of it for a park.").pop()?.[1]).toBe("debt of the county's three main LGFVs");
    expect(subjects('Its financing vehicles owed roughly another 30bn yuan.')[0]?.[1]).toBe('debt of financing vehicles');
    // (Not the passive, whose debtor is unsaid, nor money "in" what names it.)
    expect(subjects('Its manager says the plant is owed 46m yuan.')[0]?.[1]).not.toMatch(/debt/);
    expect(subjects('The city owed 41.3bn yuan in official bonds.')[0]?.[1]).not.toMatch(/debt/);
    expect(subjects('The county plans to expand the zone by another 0.8 square kilometers by 2028.')[0]?.[1]).toBe('expansion of the zone');
  });

  it('keeps the article "the" that the sentence writes before the noun a measure joins by "of", "in" or "for"', () => {
    expect(subjects("Installed capacity of wind and solar power is to exceed 90 gigawatts, about 60 percent of the province's total.").pop()?.[1]).toBe("share of the province's total");
    expect(subjects('The six plots cover 412,600 square meters.')[0]?.[1]).toBe('area of the six plots');
    // (Only where the sentence writes it: "its", a bare noun or a name keep theirs.)
    expect(subjects('Factories cover 30 percent of farmland.')[0]?.[1]).toBe('share of farmland covered by Factories');
    // (A subject taken from the share before it opens with no article.)
    expect(subjects("The city's NEV industry generated 86.3 billion yuan, nearly one-third of the output of its automobile sector, which topped 260 billion yuan.").slice(1).map(([, s]) => s)).toEqual([
      'share of the output of its automobile sector', 'output of its automobile sector',
    ]);
  });

  it('names a figure before the noun it measures by that noun and what "for", "on", "to" or "from" says of it', () => {
    expect(subjects('The city has answered the slowdown with money: a RMB 5bn fund for equipment upgrades.')[0]?.[1]).toBe('fund for equipment upgrades');
    expect(subjects('The village has a clinic and a 5-km bus line to the county seat.')[0]?.[1]).toBe('bus line to the county seat');
    // (Not past a join word or a verb in the past, nor a place "in" or "along".)
    expect(subjects('It offers a 15% rebate on power bills for firms that keep their staff.')[0]?.[1]).toBe('rebate on power bills');
    expect(subjects('Phase II is a 3.6-hectare site along the river.')[0]?.[1]).toBe('site');
    expect(subjects('A 26-hectare industrial park for persimmons opened in 2022.')[0]?.[1]).toBe('industrial park for persimmons');
  });

  it('names a share of a whole that is then said to be or do something by what it is or does, as a part "of them"', () => {
    expect(subjects('More than 70 percent of the loans have gone to first-time borrowers.')[0]?.[1]).toBe('share of the loans gone to first-time borrowers');
    expect(subjects('Two-thirds of the farmland is planted with rice.')[0]?.[1]).toBe('share of the farmland planted with rice');
    // (Not a join word left before a figure, nor a whole said nothing of.)
    expect(subjects('Land sales, which paid for about 60% of park investment in 2018-2021, fell.')[0]?.[1]).toBe('share of park investment');
    expect(subjects('Factories cover 30 percent of the farmland.')[0]?.[1]).toBe('share of the farmland covered by Factories');
  });

  it('names a field by its label, not by an aside in brackets between the label and its colon', () => {
    expect(subjects('Grade I (Danyang Economic Development Zone and Danyang High-tech Zone): 486 yuan per square meter')[0]?.[1]).toBe('Grade I');
    expect(subjects('- Commercial land (40-year use right): CNY 1.2-1.8 million/mu.').pop()?.[1]).toBe('Commercial land');
    // (The years a field covers are read as before.)
    expect(subjects('GDP growth (2025): 6.1%')[0]?.[1]).toBe('GDP growth');
  });

  it('keeps "per capita" with the noun it stands before', () => {
    expect(subjects('The per capita GDP was 58,460 yuan, up 5.6 percent.')).toEqual([['58,460 yuan', 'per capita GDP'], ['5.6 percent', 'per capita GDP growth']]);
    expect(subjects('Rural residents earned a per capita disposable income of 19,860 yuan.')[0]?.[1]).toBe('per capita disposable income');
    expect(subjects("The prefecture's rural per capita disposable income reached 18,260 yuan.")[0]?.[1]).toBe("prefecture's rural per capita disposable income");
  });

  it('names an area after ", which covers" or ", which spans" by the noun phrase before the comma', () => {
    expect(subjects("In the city's economic development zone, which covers 46 square kilometres, each mu of land yields more.")[0]?.[1]).toBe("area of the city's economic development zone");
    expect(subjects('The market, which spans 5.5 million square meters, has 75,000 booths.')[0]?.[1]).toBe('area of the market');
  });

  it('reads "added value" and "value added" as one noun, not a verb', () => {
    expect(subjects('Of this, the added value of the primary industry was 312.4 billion yuan.')[0]?.[1]).toBe('added value of the primary industry');
    expect(subjects('Industrial value added per hectare rose by 38.2% over the period.')[0]?.[1]).toBe('Industrial value added per hectare growth');
    expect(subjects('Value added rose 6%.')[0]?.[1]).toBe('Value added growth');
    // (A verb "added" stays a verb.)
    expect(subjects('The county added 5,000 jobs.')[0]?.[1]).toBe('jobs added');
  });

  it('names a share a thing covers of a whole as the share of that whole covered by the thing', () => {
    expect(subjects("Third, public finance: the city's own revenue covers less than a quarter of its spending, with transfers making up the rest.")[0]?.[1]).toBe("share of spending covered by city's own revenue");
    expect(subjects('Payouts reached 9.6 million yuan, covering roughly 40% of losses on insured land, the bureau said.')[1]?.[1]).toBe('share of losses on insured land covered');
    // (No thing for a pronoun, no whole for a word that points back; the next sentence's "It" is the thing that covers.)
    expect(subjects('The rate fell, but that covers only about 12% of LGFV borrowing.')[0]?.[1]).toBe('share of LGFV borrowing covered');
    expect(subjects('Land sale revenue covered roughly 60% of this before 2021. It peaked at 5.27 billion yuan.').map(([, s]) => s)).toEqual([
      'share covered by Land sale revenue', 'Land sale revenue',
    ]);
  });

  it('joins a rate or a charge to what it is "on"', () => {
    expect(subjects('The swap program lowered the average rate on the swapped debt from 5.9% to 2.3%.').map(([, s]) => s)).toEqual([
      'average rate on the swapped debt', 'average rate on the swapped debt',
    ]);
    expect(subjects('Our take: with the US tariff on laptops rising to 25%, margins shrink.')[0]?.[1]).toBe('US tariff on laptops');
    // (Not money spent on a thing, which the verb names.)
    expect(subjects('Farmers spent 300 yuan on seeds.')[0]?.[1]).toBe('spending on seeds');
  });

  it('names the area a built thing stands on as its land', () => {
    expect(subjects('Phase I is a 3.2-billion-yuan complex on 260 mu (17.3 hectares).').slice(1).map(([, s]) => s)).toEqual(['land of complex', 'land of complex']);
    expect(subjects('The company will invest 18.5 billion yen in a plant on 86,000 square meters of land.')[1]?.[1]).toBe('land of plant');
    // (Not a crop grown on land, which the area measures itself.)
    expect(subjects('Fuping now grows persimmons on 80,000 mu.')[0]?.[1]).toBe('persimmons');
  });

  it('names the area a sentence led by "It" covers, and the people it is home to, by the place the sentence before opens with', () => {
    expect(subjects('Yongchun County lies in the northwest of Quanzhou. It covers 1,468 square kilometres.')[0]?.[1]).toBe('area of Yongchun County');
    expect(subjects('— Langxi County is in the southeast of Anhui Province. It covers 1,105 square kilometres and is home to about 330,000 people.').map(([, s]) => s)).toEqual([
      'area of Langxi County', 'population of Langxi County',
    ]);
    // (Not after a sentence that opens with no name, nor a share it covers.)
    expect(subjects('The zone lies in the north. It covers 12 square kilometres.')[0]?.[1]).not.toMatch(/zone|area of/);
    expect(subjects('Anxi is a tea county. It covers 30 percent of the demand.')[0]?.[1]).not.toMatch(/^area/);
  });

  it('reads a line with a long run of qualifier marks before a figure in linear time (owed, leased at, expand … by, invest, sold … at, per, of them, a city of, a field aside in brackets, per capita, which covers, value added, covers … of, rate on, built on, It covers)', () => {
    const run = '~'.repeat(60);
    const t0 = Date.now();
    for (const line of [`The firm owed ${run}x 5 yuan.`, `Mile, a ${run} city of 5 people.`, `It pays 5 yuan per ${run} ${run}.`, `5% of them ${run} ${run}.`, `About 5% of the land ${run} ${run}.`, `a 5-km line to ${run} ${run}.`, `Fields are leased at ${run}x 500 yuan per mu.`, `They expand the zone by ${run}x 5 square kilometers.`, `They invested ${run}x 5 yuan.`, `The city sold ${run} ${run} at ${run}x 5 yuan per mu.`, `Land was supplied at ${run}x 5 yuan per mu.`, `Grade I (${run}: ${run}): 5 yuan`, `The per ${run} capita ${run} per capita GDP was 5 yuan.`, `The zone, which covers ${run}x 5 square kilometres.`, `Value added ${run} value added per ${run} rose 5%.`, `Revenue covers ${run} 5% of ${run} ${run}.`, `The rate on ${run} the rate on ${run} debt is 5%.`, `A complex on ${run}x on ${run}x 5 mu.`, `Anxi is here. It covers ${run}x 5 square kilometres.`]) subjects(line);
    expect(Date.now() - t0).toBeLessThan(2000); // a generous bound: splitting the run every way takes hours
  });
});
