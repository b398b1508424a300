(function () { init(); })();
(() => {})();
!function () {}();
