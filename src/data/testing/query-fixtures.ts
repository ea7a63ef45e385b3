/**
 * Small hand-written tables for the SQL builder tests (src/data/queries), with values to check by
 * hand; the expected numbers are worked out next to each test. Vaccination uses VACCINATION_CSV
 * from fixtures.ts.
 */

/**
 * Poverty targets of 2018 for Bangkok (10), Chiang Mai (50) and Songkhla (90); one older 2017 row
 * that the builders must ignore, and a dimension outside the known six.
 */
export const POVERTY_CSV = `province_code,year,dimension,target_people,target_households
10,2018,any,100,40
10,2018,health,30,12
10,2018,income,50,20
50,2018,any,200,80
50,2018,health,60,25
50,2018,income,90,35
90,2018,any,300,120
90,2018,education,70,30
90,2018,disability,5,2
10,2017,any,999,999
`;

/**
 * Eight incidents from 2023-12-30 to 2024-04-13: a New Year window starting 2023-12-30 (days 1,
 * 1, 3, 7), two ordinary days, a Songkran window starting 2024-04-11 (days 1, 3). Incident 8's
 * vehicle is an SQL-injection payload.
 */
export const ROAD_INCIDENTS_CSV = `incident_id,occurred_at,date,province_code,lon,lat,deaths,injuries,vehicle,cause,festival,festival_day
1,2023-12-30 10:00:00,2023-12-30,10,100.50,13.75,1,0,motorcycle,speeding,newyear,1
2,2023-12-30 22:00:00,2023-12-30,50,98.98,18.79,0,2,car,drunk_driving,newyear,1
3,2024-01-01 01:30:00,2024-01-01,10,100.52,13.76,2,1,motorcycle,drunk_driving,newyear,3
4,2024-01-05 18:00:00,2024-01-05,90,100.60,7.20,0,1,pickup,speeding,newyear,7
5,2024-01-06 09:00:00,2024-01-06,10,100.51,13.74,0,0,car,other,,
6,2024-01-09 12:00:00,2024-01-09,50,98.99,18.80,1,3,motorcycle,speeding,,
7,2024-04-11 07:00:00,2024-04-11,50,99.00,18.78,0,1,motorcycle,speeding,songkran,1
8,2024-04-13 16:00:00,2024-04-13,90,100.61,7.21,1,4,"x'; DROP TABLE road_safety; --",speeding,songkran,3
`;

/** The SQL-injection payload that {@link COMPLAINTS_CSV} holds as case 6's category. */
export const QUOTED_CATEGORY = `o'brien "land"; DROP TABLE complaints; --`;

/**
 * Eight cases around an as-of date of 2024-03-31 (a Sunday); with 30 overdue days, a case open
 * then is overdue when received before 2024-03-01. Case 2 (2024-02-29) is overdue, case 3
 * (2024-03-01) just not; case 4 closed on 2024-03-31 itself, case 5 after it; case 7 arrives
 * after it. Case 6's category is {@link QUOTED_CATEGORY}.
 */
export const COMPLAINTS_CSV = `case_id,province_code,category,status,received,closed,security_sensitive
1,10,land,closed,2024-01-02,2024-01-10,false
2,10,land,in_progress,2024-02-29,,false
3,10,debt,received,2024-03-01,,true
4,10,debt,closed,2024-03-05,2024-03-31,false
5,10,debt,closed,2024-03-10,2024-04-02,true
6,50,"o'brien ""land""; DROP TABLE complaints; --",in_progress,2024-01-15,,true
7,50,fraud,received,2024-04-05,,false
8,90,land,closed,2024-01-08,2024-01-09,false
`;

/** One cluster of surveyed households, all of one province, a few metres apart. */
export interface HouseholdCluster {
  readonly provinceCode: number;
  readonly lon: number;
  readonly lat: number;
  readonly households: number;
  readonly members: number;
  readonly membersVaccinated: number;
  /** How many of the households were surveyed on the early date; the rest on the late one. */
  readonly early: number;
}

/** Survey dates of {@link HOUSEHOLD_CLUSTERS}. */
export const HOUSEHOLD_SURVEY_DATES = { early: '2021-10-01', late: '2021-10-15' } as const;

/**
 * Groups of 11, 10 and 9 households (k = 10: one above, one at, one below). Each cluster spans
 * about 15 m, so it falls into one hexagon at every cell size from 1 km up.
 */
export const HOUSEHOLD_CLUSTERS: readonly HouseholdCluster[] = [
  {
    provinceCode: 10,
    lon: 100.5,
    lat: 13.75,
    households: 11,
    members: 3,
    membersVaccinated: 2,
    early: 6,
  },
  {
    provinceCode: 50,
    lon: 98.98,
    lat: 18.79,
    households: 10,
    members: 4,
    membersVaccinated: 3,
    early: 10,
  },
  {
    provinceCode: 90,
    lon: 100.6,
    lat: 7.2,
    households: 9,
    members: 2,
    membersVaccinated: 1,
    early: 9,
  },
];

/** The households CSV of {@link HOUSEHOLD_CLUSTERS}; household i of a cluster is i * 0.0001° off. */
export function householdsCsv(clusters: readonly HouseholdCluster[] = HOUSEHOLD_CLUSTERS): string {
  const lines = ['household_id,province_code,lon,lat,members,members_vaccinated,surveyed'];
  let id = 0;
  for (const cluster of clusters) {
    for (let i = 0; i < cluster.households; i++) {
      id += 1;
      const surveyed =
        i < cluster.early ? HOUSEHOLD_SURVEY_DATES.early : HOUSEHOLD_SURVEY_DATES.late;
      const lon = (cluster.lon + i * 0.0001).toFixed(4);
      const lat = (cluster.lat + i * 0.0001).toFixed(4);
      lines.push(
        [
          id,
          cluster.provinceCode,
          lon,
          lat,
          cluster.members,
          cluster.membersVaccinated,
          surveyed,
        ].join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Vaccination with the faults measured in issue 19, newest week 2024-01-14. Sound provinces:
 * Bangkok (10, 110 % dose 2: over its registered population, shown with a caveat), Chon Buri (20)
 * and Khon Kaen (40, its row given twice, identically). Impossible: Nakhon Ratchasima (30, dose 2
 * of -380; its 2024-01-07 week is sound), Chiang Mai (50, population 0), Phuket (83, two rows
 * that disagree) and Songkhla (90, dose 2 at 50x its population). Codes 99 and 0 are no province.
 */
export const VACCINATION_FAULTS_CSV = `province_code,week_end,population,dose1,dose2,dose3
30,2024-01-07,2000,1000,800,100
10,2024-01-14,1000,1200,1100,300
20,2024-01-14,1500,1000,900,100
30,2024-01-14,2000,1000,-380,100
40,2024-01-14,2000,1500,1200,300
40,2024-01-14,2000,1500,1200,300
50,2024-01-14,0,500,400,0
83,2024-01-14,800,600,500,100
83,2024-01-14,800,600,550,100
90,2024-01-14,400,20100,20000,100
99,2024-01-14,5000,4000,3000,100
0,2024-01-14,3000,2000,1000,0
`;

/**
 * Poverty, complaints, the daily road-safety aggregate and published households, each with an
 * unknown province code (0 or 99), a row given twice and (where it counts) a negative count.
 */
export const QUALITY_FAULTS_CSV = {
  poverty: `province_code,year,dimension,target_people,target_households
10,2018,any,100,40
10,2018,any,100,40
50,2018,any,-5,2
99,2018,any,300,120
90,2018,any,70,30
`,
  complaints: `case_id,province_code,category,status,received,closed,security_sensitive
1,10,land,received,2024-03-01,,false
1,10,land,received,2024-03-01,,false
2,0,land,received,2024-03-02,,false
3,50,debt,received,2024-03-03,,false
`,
  road_safety_daily: `province_code,date,festival,festival_day,crashes,deaths,injuries
10,2024-01-01,newyear,3,2,1,1
10,2024-01-01,newyear,3,2,1,1
50,2024-01-02,newyear,4,1,-1,0
99,2024-01-02,newyear,4,5,5,5
90,2024-01-02,newyear,4,1,0,2
`,
  households: `province_code,households,members,members_vaccinated
10,11,33,22
10,11,33,22
50,12,-4,3
99,20,40,30
`,
} as const;
