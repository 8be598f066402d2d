// Stands in for office.js when dist/taskpane.html runs outside Office. CustomFunctions.associate
// records every function as Excel would receive it; with window.__fakeWorkbook set (and
// fake-excel.js loaded first), Office and Excel are a fake Excel host holding that workbook.
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
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
    associate: function (id, fn) {
      window.__registered[id] = fn;
    },
  };
  if (window.__fakeWorkbook && window.createFakeExcel) {
    var fake = window.createFakeExcel(window.__fakeWorkbook, window.__fakeOptions || {});
    window.__fakeExcel = fake;
    window.Excel = fake.Excel;
    window.Office = fake.Office;
    return;
  }
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
    // A current Excel on the web: every requirement set the pane asks about is there.
    context: {
      platform: "OfficeOnline",
      requirements: {
        isSetSupported: function () {
          return true;
        },
      },
    },
    onReady: function (callback) {
      var info = { host: host.host === "none" ? null : host.host, platform: host.host === "none" ? null : "OfficeOnline" };
      return Promise.resolve().then(function () {
        if (callback) callback(info);
        return info;
      });
    },
  };
})();
