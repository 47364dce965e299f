/** Tables in plain text: rows, header rows, and the units a header or the line above a table gives. */
import { describe, expect, it } from 'vitest';
import { columnAt, tableRows, unitCells } from './tables';

const cellsOf = (text: string) => unitCells(tableRows(text), new Set()).map((c) => [c.number, c.unit]);

describe('unit cells', () => {
  it('takes the unit of a 单位 line above the table for every measured column, years heading the columns', () => {
    const text = '近三年营业收入如下：\n\n单位：万元\n产业\t2022年\t2023年\n汽车零部件\t1,864,350\t2,057,120\n合计\t3,563,140\t3,965,820\n\n其中…';
    expect(cellsOf(text)).toEqual([['1,864,350', '万元'], ['2,057,120', '万元'], ['3,563,140', '万元'], ['3,965,820', '万元']]);
  });

  it('leaves out the first column, row numbers and ratio columns under a table-wide unit', () => {
    const text = '单位：亩\n序号\t地块位置\t出让面积\t容积率\n1\t河沥园区\t126.5\t1.2\n2\t港口园区\t88\t1.0';
    expect(cellsOf(text)).toEqual([['126.5', '亩'], ['88', '亩']]);
  });

  it('reads an English caption unit in brackets and a header unit before the table unit', () => {
    const text = 'Table 1. Project Cost and Financing (US$ million)\nComponent\tCost\tShare (%)\nRoads\t112.4\t52.6';
    expect(cellsOf(text)).toEqual([['112.4', 'US$ million'], ['52.6', '%']]);
  });

  it("reads a header row of a research note's periods (1H25, H1 2026, 3Q26, 9M26, FY27E) as years", () => {
    const text = 'Figure 1: Results (Rmb mn)\n\t1H25\tH1 2026\t3Q26\t9M26\tFY27E\nRevenue\t1,126\t1,286\t702\t1,988\t2,760';
    expect(cellsOf(text)).toEqual(['1,126', '1,286', '702', '1,988', '2,760'].map((n) => [n, 'Rmb mn']));
  });

  it('gives no unit from a line two blank lines above the table, and never reads a header row', () => {
    expect(cellsOf('单位：万元\n\n\n地区\t产值\n城东\t120')).toEqual([]);
    expect(cellsOf('单位：万元\n指标\t2023\t2024\n产值\t120\t130')).toEqual([['120', '万元'], ['130', '万元']]);
  });

  it('keeps the unit of a 单位 line across a note in brackets before the table, but not across a sentence', () => {
    expect(cellsOf('单位：亿元\n（表格较宽，可左右滑动查看）\n项目\t总投资\n光伏电站\t126.5')).toEqual([['126.5', '亿元']]);
    expect(cellsOf('单位：亿元\n下表列出今年新开工的项目。\n项目\t总投资\n光伏电站\t126.5')).toEqual([]);
  });

  it('takes the unit of each row from a 单位 column', () => {
    const text = '指标\t单位\t2023年\t2024年\n地区生产总值\t亿元\t612.5\t648.2\n常住人口\t万人\t86.3\t86.9\n增速\t%\t5.8\t6.1';
    expect(cellsOf(text)).toEqual([
      ['612.5', '亿元'], ['648.2', '亿元'], ['86.3', '万人'], ['86.9', '万人'], ['5.8', '%'], ['6.1', '%'],
    ]);
  });

  it('reads a header of two rows, as merged cells leave it, for the 单位 column and the ratio columns', () => {
    const text =
      '表1　主要经济指标\n指标\t单位\t2024年1—6月\t\n\t\t绝对数\t比上年同期增长（%）\n' +
      '地区生产总值\t亿元\t312.6\t6.1\n一般公共预算收入\t亿元\t16.92\t4.1\n居民人均可支配收入\t元\t21306\t5.6';
    expect(cellsOf(text)).toEqual([
      ['312.6', '亿元'], ['6.1', '%'], ['16.92', '亿元'], ['4.1', '%'], ['21306', '元'], ['5.6', '%'],
    ]);
  });

  it('gives each column under an upper header cell that spans a group its unit, and reads the columns merged down past the lower row\'s end', () => {
    // 总投资及完成情况（亿元） spans 总投资 and 一季度完成; 用地面积（亩） and 形象进度（%） span both header rows.
    const text =
      '项目名称\t总投资及完成情况（亿元）\t\t用地面积 （亩）\t形象进度 （%）\n\t总投资\t一季度完成\n' +
      '智能工厂项目\t18.5\t4.26\t320\t45';
    expect(cellsOf(text)).toEqual([['18.5', '亿元'], ['4.26', '亿元'], ['320', '亩'], ['45', '%']]);
    // An empty upper cell over an empty lower cell ends the group: the fourth column gets no 亿元.
    expect(cellsOf('项目\t投资（亿元）\t\t\t完成率\n\t计划\t完成\t\t\n一期\t3.5\t2.1\t8\t90')).toEqual([['3.5', '亿元'], ['2.1', '亿元']]);
  });

  it('reads the unit at the end of a caption line', () => {
    expect(cellsOf('表1 2024年主要经济指标（单位：亿元）\n地区\t生产总值\n城东\t120.5')).toEqual([['120.5', '亿元']]);
    expect(cellsOf('金额单位：万元\n项目\t投资\n一期\t3,500')).toEqual([['3,500', '万元']]);
  });

  it('takes the unit at the end of a row label, past a category column, before the table unit', () => {
    const text = '单位：万元\n类别\t指标\t2025年\t2030年\n经济\t地区生产总值（亿元）\t1250\t1700\n\t城镇化率（%）\t68.2\t72\n\t财政收入\t86,400\t112,000';
    expect(cellsOf(text)).toEqual([
      ['1250', '亿元'], ['1700', '亿元'], ['68.2', '%'], ['72', '%'], ['86,400', '万元'], ['112,000', '万元'],
    ]);
    // The table's own unit stays at hand where the label's brackets may not hold a unit.
    const [cell] = unitCells(tableRows('单位：万元\n项目\t投资\n园区（一期）\t3,500'), new Set());
    expect([cell.unit, cell.fallback]).toEqual(['一期', '万元']);
  });

  it("keeps the row's unit column behind a column header's brackets, which may qualify the column rather than name a unit", () => {
    const text = 'Indicator\tUnit of measure\tBaseline\tActual (Current)\tEnd Target\nPipes laid\tKilometers\t0\t1,262\t2,150';
    const cells = unitCells(tableRows(text), new Set());
    expect(cells.map((c) => [c.number, c.unit, c.fallback])).toEqual([
      ['0', 'Kilometers', undefined], ['1,262', 'Current', 'Kilometers'], ['2,150', 'Kilometers', undefined],
    ]);
  });

  it('takes no name in brackets for a unit, and no row-label unit into a ratio column', () => {
    const text = 'Table 1. Project Cost (US$ million)\nComponent\tCost\tShare\nComponent 1 (Roads)\t112.4\t52.6\nRural roads (km)\t356\t\nYichun (Jiangxi)\t30.5\t';
    expect(cellsOf(text)).toEqual([['112.4', 'US$ million'], ['356', 'km'], ['30.5', 'US$ million']]);
    expect(cellsOf('指标\t产值\t占比\n工业（亿元）\t120\t35.2')).toEqual([['120', '亿元']]);
  });

  it('reads a cell with a comparison sign or a qualifier, and a total in brackets, keeping them apart', () => {
    const text = '指标\t目标（%）\n失业率\t<5.5\n覆盖率\t61.6以上\n增速\t6左右\n城镇化率\t〔2.2〕\n说明\t—';
    expect(unitCells(tableRows(text), new Set()).map((c) => [c.before, c.number, c.after, c.unit])).toEqual([
      ['<', '5.5', '', '%'], ['', '61.6', '以上', '%'], ['', '6', '左右', '%'], ['', '2.2', '', '%'],
    ]);
  });

  it('reads a cell of a number over its change (a <br> between them) as the number, in its column\'s unit', () => {
    const text = '乡镇\t工业产值（亿元）\t投资（亿元）\n三江街道\t86.42 增长8.1%\t21.35 增长13.6%\n崇仁镇\t19.63 增长3.3%\t4.18 下降5.6%';
    expect(cellsOf(text)).toEqual([['86.42', '亿元'], ['21.35', '亿元'], ['19.63', '亿元'], ['4.18', '亿元']]);
  });

  it('takes months for column headers and gives the percent of a 单位 line naming two units to the growth column', () => {
    const text = '单位：亿元、%\n指标\t10月\t1—10月累计\t同比增长\n工业总产值\t186.42\t1723.65\t8.3\n财政收入（万元）\t52316\t648720\t3.7';
    expect(cellsOf(text)).toEqual([
      ['186.42', '亿元'], ['1723.65', '亿元'], ['8.3', '%'], ['52316', '万元'], ['648720', '万元'], ['3.7', '%'],
    ]);
  });

  it('takes the unit of each row from a Unit of measure column', () => {
    const text = 'Indicator\tUnit of measure\tBaseline\tEnd target\nRoads upgraded\tKilometers\t0\t412\nWomen\tPercentage\t48\t49';
    expect(cellsOf(text)).toEqual([['0', 'Kilometers'], ['412', 'Kilometers'], ['48', 'Percentage'], ['49', 'Percentage']]);
  });

  it('ends a table at a line without tabs', () => {
    const rows = tableRows('单位：万元\n地区\t产值\n城东\t120\n说明\n城西\t80');
    expect(rows.map((r) => [r.line, r.tableUnit])).toEqual([['地区\t产值', '万元'], ['城东\t120', '万元'], ['城西\t80', null]]);
  });
});

describe('columnAt', () => {
  it('gives the column of a position in its row: the tabs before it', () => {
    const [row] = tableRows('\n青山湖\t\t120亩\t8.5亿元\n');
    expect([1, 4, 5, 6, 8, 12].map((at) => columnAt(row!, row!.start + at))).toEqual([0, 1, 2, 2, 2, 3]);
  });

  it('reads a row of 20,000 figures in one look each, not the line up to each', () => {
    // (Each figure read its line up to itself: the row took some eight seconds.)
    const many = 20_000;
    const [row] = tableRows(`面积\t${Array.from({ length: many }, () => '1000亩').join('\t')}\n`);
    const started = performance.now();
    for (let i = 0; i < many; i++) expect(columnAt(row!, row!.start + 3 + i * 6)).toBe(i + 1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
