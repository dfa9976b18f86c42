// ACLED names a state's forces and government by the ruling period ("Military Forces of Syria (2000-)",
// "Police Forces of Kenya (2013-2022)"): the heads of state or government of the countries sitrep meets most.
// Dates are general knowledge (inaugurations, coups, transfers of power), written for this table.

/** One ruling period: first day (YYYY-MM-DD) and the day it ended, or null while it lasts. */
type Period = readonly [from: string, to: string | null];

/** Periods by ACLED country name, oldest first; a country left out gets names without a period. */
const PERIODS: Readonly<Record<string, readonly Period[]>> = {
  Afghanistan: [
    ['2004-12-07', '2014-09-29'],
    ['2014-09-29', '2021-08-15'],
    ['2021-08-15', null],
  ],
  Algeria: [
    ['1999-04-27', '2019-04-02'],
    ['2019-04-02', null],
  ],
  Angola: [['2017-09-26', null]],
  Armenia: [['2018-05-08', null]],
  Azerbaijan: [['2003-10-31', null]],
  Bangladesh: [
    ['2009-01-06', '2024-08-05'],
    ['2024-08-05', null],
  ],
  Belarus: [['1994-07-20', null]],
  Benin: [['2016-04-06', null]],
  Brazil: [
    ['2019-01-01', '2023-01-01'],
    ['2023-01-01', null],
  ],
  'Burkina Faso': [
    ['2015-12-29', '2022-01-24'],
    ['2022-01-24', null],
  ],
  Burundi: [
    ['2005-08-26', '2020-06-18'],
    ['2020-06-18', null],
  ],
  Cambodia: [['1993-09-24', null]],
  Cameroon: [['1982-11-06', null]],
  'Central African Republic': [['2016-03-30', null]],
  Chad: [
    ['1990-12-02', '2021-04-20'],
    ['2021-04-20', null],
  ],
  Chile: [
    ['2018-03-11', '2022-03-11'],
    ['2022-03-11', '2026-03-11'],
  ],
  China: [['2012-11-15', null]],
  Colombia: [
    ['2018-08-07', '2022-08-07'],
    ['2022-08-07', null],
  ],
  'Democratic Republic of Congo': [
    ['2001-01-17', '2019-01-24'],
    ['2019-01-24', null],
  ],
  Egypt: [['2014-06-08', null]],
  'El Salvador': [['2019-06-01', null]],
  Eritrea: [['1993-05-24', null]],
  Ethiopia: [['2018-04-02', null]],
  Ghana: [
    ['2017-01-07', '2025-01-07'],
    ['2025-01-07', null],
  ],
  Guatemala: [
    ['2020-01-14', '2024-01-15'],
    ['2024-01-15', null],
  ],
  Guinea: [
    ['2010-12-21', '2021-09-05'],
    ['2021-09-05', null],
  ],
  Honduras: [
    ['2014-01-27', '2022-01-27'],
    ['2022-01-27', null],
  ],
  India: [['2014-05-26', null]],
  Indonesia: [
    ['2014-10-20', '2024-10-20'],
    ['2024-10-20', null],
  ],
  Iran: [['1989-06-04', null]],
  Iraq: [
    ['2014-09-08', '2018-10-25'],
    ['2018-10-25', '2020-05-07'],
    ['2020-05-07', '2022-10-27'],
    ['2022-10-27', null],
  ],
  Israel: [
    ['2009-03-31', '2021-06-13'],
    ['2021-06-13', '2022-12-29'],
    ['2022-12-29', null],
  ],
  Kenya: [
    ['2013-04-09', '2022-09-13'],
    ['2022-09-13', null],
  ],
  Lebanon: [
    ['2020-01-21', '2021-09-10'],
    ['2021-09-10', '2025-02-08'],
    ['2025-02-08', null],
  ],
  Liberia: [
    ['2018-01-22', '2024-01-22'],
    ['2024-01-22', null],
  ],
  Madagascar: [['2019-01-19', null]],
  Mali: [
    ['2013-09-04', '2020-08-18'],
    ['2020-08-18', '2021-05-24'],
    ['2021-05-24', null],
  ],
  Mexico: [
    ['2018-12-01', '2024-10-01'],
    ['2024-10-01', null],
  ],
  Mozambique: [
    ['2015-01-15', '2025-01-15'],
    ['2025-01-15', null],
  ],
  Myanmar: [
    ['2016-03-30', '2021-02-01'],
    ['2021-02-01', null],
  ],
  Niger: [
    ['2011-04-07', '2021-04-02'],
    ['2021-04-02', '2023-07-26'],
    ['2023-07-26', null],
  ],
  Nigeria: [
    ['2015-05-29', '2023-05-29'],
    ['2023-05-29', null],
  ],
  Pakistan: [
    ['2018-08-18', '2022-04-10'],
    ['2022-04-10', null],
  ],
  Philippines: [
    ['2016-06-30', '2022-06-30'],
    ['2022-06-30', null],
  ],
  'Puerto Rico': [
    ['2019-08-07', '2021-01-02'],
    ['2021-01-02', '2025-01-02'],
    ['2025-01-02', null],
  ],
  'Republic of Congo': [['1997-10-25', null]],
  Russia: [['2000-05-07', null]],
  Rwanda: [['2000-04-22', null]],
  'Saudi Arabia': [['2015-01-23', null]],
  Senegal: [
    ['2012-04-02', '2024-04-02'],
    ['2024-04-02', null],
  ],
  'Sierra Leone': [['2018-04-04', null]],
  Somalia: [
    ['2017-02-16', '2022-05-23'],
    ['2022-05-23', null],
  ],
  'South Africa': [['2018-02-15', null]],
  'South Sudan': [['2011-07-09', null]],
  Sudan: [
    ['1989-06-30', '2019-04-11'],
    ['2019-04-11', null],
  ],
  Syria: [
    ['2000-07-17', '2024-12-08'],
    ['2024-12-08', null],
  ],
  Tanzania: [
    ['2015-11-05', '2021-03-19'],
    ['2021-03-19', null],
  ],
  Thailand: [
    ['2019-06-09', '2023-08-22'],
    ['2023-08-22', null],
  ],
  Togo: [['2005-05-04', null]],
  Tunisia: [['2019-10-23', null]],
  Turkey: [['2016-07-15', null]],
  Uganda: [['1986-01-29', null]],
  Ukraine: [
    ['2014-06-07', '2019-05-20'],
    ['2019-05-20', null],
  ],
  'United States': [
    ['2017-01-20', '2021-01-20'],
    ['2021-01-20', '2025-01-20'],
    ['2025-01-20', null],
  ],
  Venezuela: [['2013-04-19', null]],
  Yemen: [
    ['2012-02-27', '2022-04-07'],
    ['2022-04-07', null],
  ],
  Zimbabwe: [['2017-11-24', null]],
};

// ACLED writes these countries with the article inside a force's name ("Police Forces of the Philippines") but
// not inside a class's parentheses ("Civilians (Philippines)").
const WITH_ARTICLE = new Set([
  'Central African Republic',
  'Czech Republic',
  'Democratic Republic of Congo',
  'Dominican Republic',
  'Netherlands',
  'Philippines',
  'Republic of Congo',
  'United Arab Emirates',
  'United Kingdom',
  'United States',
]);

const STATE_NAME = /^(Military Forces|Police Forces|Government) of (.+)$/;

/** The ruling period label for a country on a day ("2013-2022", "2019-"), or undefined when unknown. */
export function rulingPeriod(country: string, day: string | null): string | undefined {
  if (day === null) return undefined;
  const period = PERIODS[country]?.find(([from, to]) => from <= day && (to === null || day < to));
  if (period === undefined) return undefined;
  return `${period[0].slice(0, 4)}-${period[1]?.slice(0, 4) ?? ''}`;
}

/**
 * A state force or government as ACLED names it on that day: "Military Forces of Syria" on 2024-10-15 becomes
 * "Military Forces of Syria (2000-)", "Police Forces of Philippines" "Police Forces of the Philippines (2016-2022)"
 * in 2020. Other names, and names that already carry a period or a faction, are returned unchanged.
 */
export function acledStateName(name: string, day: string | null): string {
  const match = STATE_NAME.exec(name);
  if (match === null) return name;
  const [, force = '', country = ''] = match;
  if (country.includes('(') || /^the /.test(country)) return name;
  const article = WITH_ARTICLE.has(country) ? 'the ' : '';
  const period = rulingPeriod(country, day);
  return `${force} of ${article}${country}${period === undefined ? '' : ` (${period})`}`;
}
