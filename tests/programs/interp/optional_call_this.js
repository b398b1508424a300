// Optional calls keep the receiver; optional chains on methods and deep paths.
const api = {
  name: 'api',
  nested: {
    name: 'nested',
    who() {
      return this.name;
    },
  },
};
console.log(api.nested?.who(), api?.nested.who(), api.missing?.who(), api.nested.who?.(), api.nested.nope?.());
const list = null;
console.log(list?.length, list?.[0]?.x, (list ?? []).length);
const fnOrNull = Math.random() > 2 ? () => 1 : null;
console.log(fnOrNull?.(), typeof fnOrNull?.call);
