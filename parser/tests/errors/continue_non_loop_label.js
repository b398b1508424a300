x: { continue x; }
