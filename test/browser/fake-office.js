// A stand-in for office.js when dist/taskpane.html runs outside Office: the Excel host says it is
// ready, and CustomFunctions.associate records every function exactly as Excel would receive it.
(function () {
  var host = (window.__fakeHost = window.__fakeHost || { host: "Excel" });
  window.__registered = {};
  function CustomFunctionsError(code, message) {
    this.code = code;
    this.message = message || "";
  }
  CustomFunctionsError.prototype = Object.create(Error.prototype);
  window.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
    associate: function (id, fn) {
      window.__registered[id] = fn;
    },
  };
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: function (callback) {
      var info = { host: host.host === "none" ? null : host.host, platform: host.host === "none" ? null : "OfficeOnline" };
      return Promise.resolve().then(function () {
        if (callback) callback(info);
        return info;
      });
    },
  };
})();
