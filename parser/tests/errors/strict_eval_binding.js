"use strict"; var eval
