/**
 * A place's name followed by one of these names a road, a building, a university, a team or a bay named after the
 * place, not the place (中山路, 中山大学, 浙江队, 杭州湾), and a lake (鄱阳湖 of a 湖口 story, 洪泽湖 of a 泗洪 one), though
 * not the lakeside quarter a city names after it (宿迁湖滨新区, 杭州湖畔). Kept apart from the gazetteer so that code holding only a
 * region (the card, the comparison) can read it without loading the gazetteer. Not the place's trade (湖州银行业,
 * 杭州酒店业), its students (杭州大学生) or its university town (重庆大学城), which are the place's: so it is tested on
 * the three characters after the name.
 */
export const NOT_A_PLACE_AFTER = /^(?:路|街|大街|大道|巷|号|大厦|(?:饭店|酒店|宾馆|银行)(?!业)|大学(?![生城])|学院|队|湾|湖(?![滨畔]))/;
