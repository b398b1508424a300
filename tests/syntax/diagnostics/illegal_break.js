for (;;) {}
break;
