// Live figures: the server sends the changed regions of the page (server-sent events); each region whose id is on
// this page is replaced, keyboard focus is kept, and the status line says when the figures were read.
(function () {
    'use strict';
    var url = document.body.getAttribute('data-live');
    var status = document.getElementById('live-status');
    if (!url || !status || !window.EventSource) {
        return;
    }
    var received = {};
    var source = new EventSource(url);
    var FOCUSABLE = 'a[href], button, [tabindex]';

    function replace(id, html) {
        var region = document.getElementById(id);
        if (!region || received[id] === html) {
            return;
        }
        received[id] = html;
        // Whoever is moving through the region with the keyboard keeps their place in it.
        var focused = region.contains(document.activeElement)
            ? Array.prototype.indexOf.call(region.querySelectorAll(FOCUSABLE), document.activeElement) : -1;
        region.innerHTML = html;
        var again = focused >= 0 ? region.querySelectorAll(FOCUSABLE)[focused] : null;
        if (again) {
            again.focus();
        }
    }

    source.addEventListener('figures', function (event) {
        var figures = JSON.parse(event.data);
        Object.keys(figures.regions).forEach(function (id) {
            replace(id, figures.regions[id]);
        });
        status.textContent = figures.status;
        status.classList.remove('stopped');
    });

    source.addEventListener('error', function () {
        if (source.readyState === EventSource.CLOSED) {
            status.textContent = status.getAttribute('data-stopped');
            status.classList.add('stopped');
        }
    });
}());
