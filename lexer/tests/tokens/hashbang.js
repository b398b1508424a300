#!/usr/bin/env node
let x = 1;
