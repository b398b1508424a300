// Date.parse: ISO forms (date-only is UTC) and the forms toString/toUTCString print.
const inputs = ['2020-01-02', '2020-01', '2020', '2020-01-02T03:04:05Z', '2020-01-02T03:04:05.678Z',
  '2020-01-02T03:04:05.6+02:00', '2020-01-02T03:04Z', '+010000-01-01T00:00:00Z', '-000001-01-01T00:00:00Z',
  'Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)', 'Wed, 05 Feb 2020 10:11:12 GMT',
  'Feb 5, 2020 10:11:12 GMT+0100', '2020-13-01', 'nonsense', '', '2020-02-30T00:00:00Z'];
for (const s of inputs) console.log(JSON.stringify(s), Date.parse(s));
console.log(new Date('2021-06-15T12:00:00Z').toISOString());
const back = new Date(Date.parse(new Date(123456789000).toString()));
console.log(back.getTime(), Date.parse(new Date(123456789000).toUTCString()));
