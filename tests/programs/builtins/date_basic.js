// Date construction, UTC getters and the text forms (CI runs with TZ unset = UTC).
const d = new Date(0);
console.log(d, [d], { d }, String(d));
console.log(d.toISOString(), d.toJSON(), d.toUTCString(), d.toDateString(), d.toTimeString());
console.log(d.valueOf(), d.getTime(), +d, typeof (d + 1), d - 1, `${d}`);
const t = Date.UTC(2020, 1, 29, 13, 45, 30, 123);
const x = new Date(t);
console.log(t, x.toISOString(), x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate(), x.getUTCDay());
console.log(x.getUTCHours(), x.getUTCMinutes(), x.getUTCSeconds(), x.getUTCMilliseconds());
console.log(new Date(2020, 0, 31).getTime() === new Date(2020, 0, 31, 0, 0, 0, 0).getTime());
console.log(Date.UTC(99, 0), Date.UTC(2020), Date.UTC(2020, 12, 1), Date.UTC(2020, 0, 0));
console.log(new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString(), new Date(8.64e15 + 1));
console.log(new Date(Date.UTC(-1, 0)).toISOString(), new Date(Date.UTC(12345, 0)).toISOString());
console.log(new Date(new Date(5)).getTime(), new Date('2020-01-01').getTime() === Date.parse('2020-01-01'));
console.log(Object.prototype.toString.call(d), typeof Date(), Date.length, Date.name);
console.log(JSON.stringify({ when: new Date(1e12) }), new Date(1e12).toJSON());
