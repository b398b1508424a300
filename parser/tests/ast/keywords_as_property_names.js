o.if = o.class + o.new + o.default;
x = { delete: 1, return: 2, function: 3 };
p.catch(e => e).finally();
