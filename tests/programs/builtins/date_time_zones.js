// Local time in named zones (process.env.TZ is re-read when assigned, as in
// node): DST transitions, the gap and overlap hours, dates past the zone
// file's table (its POSIX rule), before 1970 (local mean time) and the long
// zone names node prints.
const zones = ['America/New_York', 'Europe/Paris', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Europe/London',
  'Europe/Dublin', 'America/Sao_Paulo', 'Pacific/Chatham', 'America/Los_Angeles', 'Asia/Tokyo', 'Etc/GMT+5', 'XYZ-3', 'UTC', 'Foo/Bar', ''];
const dates = [[2020, 0, 15], [2020, 6, 15], [2020, 2, 8, 2, 30], [2020, 10, 1, 1, 30], [2020, 2, 29, 2, 30],
  [2020, 9, 25, 2, 30], [2020, 3, 5, 1, 45], [2020, 9, 4, 2, 15], [1950, 6, 1], [1800, 6, 1], [2100, 6, 1], [2050, 0, 1], [1985, 3, 4, 5, 6, 7]];
for (const z of zones) {
  process.env.TZ = z;
  console.log('--', JSON.stringify(z));
  for (const p of dates) {
    const d = new Date(...p);
    console.log(d.toString(), d.getTimezoneOffset(), d.getHours(), d.getDate(), d.getTime(), d.toLocaleString());
  }
  // Walking across the spring-forward instant in UTC.
  const u = Date.UTC(2021, 2, 28, 0, 59, 59);
  console.log(new Date(u).toTimeString(), '|', new Date(u + 1000).toTimeString());
  console.log(new Date(Date.UTC(1900, 0, 1)).toString(), new Date(Date.UTC(2038, 6, 1)).toString());
  const s = new Date(2020, 0, 31);
  s.setMonth(6);
  s.setHours(25);
  console.log(s.toString(), s.getDay(), Date.parse('2020-07-01T12:00'), Date.parse('Jul 4 2021 10:00'));
  s.setFullYear(2021, 1, 29);
  console.log(s.toDateString(), s.getMonth(), s.getYear());
}
delete process.env.TZ;
