[a, b] = [b, a];
({ x, y: z = 3, ...others } = point);
[o.p, q[0]] = pair;
