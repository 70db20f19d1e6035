// Draws the dashboard's verdict charts (chart.js) from the JSON block the page carries.
// Without JavaScript, or when chart.js did not load, the tables under each chart stay open and
// carry the same numbers; with a chart drawn they fold away under "The numbers as a table".
(function () {
  "use strict";

  var source = document.getElementById("dashboard-charts");
  if (!source || typeof window.Chart === "undefined") return;
  var data = JSON.parse(source.textContent);
  var root = getComputedStyle(document.documentElement);
  var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  // The app's status colours, read from app.css so the two never drift apart.
  function colour(status) {
    return root.getPropertyValue("--" + status).trim();
  }

  // A fill per verdict that differs in pattern as well as colour, after the app's status line styles:
  // verified solid, disputed striped (its "double" line), unverifiable dotted.
  function fill(status) {
    var tile = document.createElement("canvas");
    tile.width = tile.height = 8;
    var ctx = tile.getContext("2d");
    ctx.fillStyle = colour(status);
    ctx.fillRect(0, 0, 8, 8);
    ctx.fillStyle = ctx.strokeStyle = "rgba(255, 255, 255, 0.6)";
    if (status === "disputed") {
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(-2, 2); ctx.lineTo(2, -2);
      ctx.moveTo(0, 8); ctx.lineTo(8, 0);
      ctx.moveTo(6, 10); ctx.lineTo(10, 6);
      ctx.stroke();
    } else if (status === "unverifiable") {
      ctx.beginPath();
      ctx.arc(4, 4, 1.6, 0, 2 * Math.PI);
      ctx.fill();
    }
    return ctx.createPattern(tile, "repeat");
  }

  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = root.getPropertyValue("--muted").trim();

  document.querySelectorAll("figure.chart[data-chart]").forEach(function (figure) {
    var chart = data[figure.dataset.chart];
    var box = figure.querySelector(".chart-box");
    if (!chart || !box) return;
    var horizontal = figure.dataset.chart === "speakers";
    box.hidden = false;
    new Chart(box.querySelector("canvas"), {
      type: "bar",
      data: {
        labels: chart.labels,
        datasets: chart.series.map(function (series) {
          return {
            label: series.label,
            data: series.data,
            backgroundColor: fill(series.status),
            borderColor: colour(series.status),
            borderWidth: 1,
            maxBarThickness: 36,
          };
        }),
      },
      options: {
        indexAxis: horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : undefined,
        scales: {
          x: { stacked: true, ticks: horizontal ? { precision: 0 } : {}, grid: { display: horizontal } },
          y: { stacked: true, ticks: horizontal ? {} : { precision: 0 }, grid: { display: !horizontal } },
        },
        plugins: {
          legend: { position: "bottom", labels: { boxWidth: 16 } },
          tooltip: { mode: "index", intersect: false },
        },
      },
    });
    var table = figure.querySelector("details.chart-table");
    if (table) table.open = false;
  });
})();
