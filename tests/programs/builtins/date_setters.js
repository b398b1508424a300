// UTC setters return the new time value and roll fields over like the spec says.
const d = new Date(Date.UTC(2020, 0, 31, 10, 20, 30, 400));
console.log(d.setUTCMonth(1), d.toISOString());
console.log(d.setUTCDate(0), d.toISOString());
console.log(d.setUTCHours(25, 61, 61, 1001), d.toISOString());
console.log(d.setUTCFullYear(2021, 11, 31), d.toISOString());
console.log(d.setUTCMinutes(-1), d.toISOString(), d.setUTCSeconds(90, 5), d.toISOString());
console.log(d.setUTCMilliseconds(-1), d.toISOString(), d.setTime(0), d.toISOString());
console.log(d.setUTCHours(NaN), d.getUTCHours(), d.setUTCFullYear(2000), d.toISOString());
const inv = new Date(NaN);
console.log(inv.setUTCDate(3), inv.setFullYear(1999), inv.getFullYear());
const e = new Date(Date.UTC(2000, 1, 1));
console.log(e.setMonth(0), e.setDate(15), e.setHours(1, 2, 3, 4), e.setMinutes(5), e.setSeconds(6), e.setMilliseconds(7));
console.log(e.getMonth(), e.getDate(), e.getHours(), e.getMinutes(), e.getSeconds(), e.getMilliseconds(), e.getDay());
console.log(e.getFullYear(), e.getYear(), e.setFullYear(2010), e.getTimezoneOffset());
