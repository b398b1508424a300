"use strict"; var implements;
