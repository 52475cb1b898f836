// The room page's own script (served by plgtui, no other): polls the room once a second, counts
// the time left down on the phone from the end time the server sends, and sends ideas and dots.
// Every typed text reaches the page through textContent, never as HTML.
"use strict";
(function () {
  const base = "/" + location.pathname.split("/")[1];
  const words = JSON.parse(document.getElementById("words").textContent);
  const $ = (id) => document.getElementById(id);
  const POLL = 1000;
  let view = null;
  let offset = 0; // the server's wall clock less this page's own clock, in seconds
  let shownIdeas = "";
  let closed = false;

  function say(name, params) {
    let text = words[name] || name;
    for (const [k, v] of Object.entries(params || {})) text = text.split("{" + k + "}").join(String(v));
    return text;
  }
  const plural = (name, count) => say(name + (count === 1 ? ".one" : ".many"), { count });
  const clientNow = () => (performance.timeOrigin + performance.now()) / 1000;

  function left() {
    if (!view) return 0;
    return view.running ? view.ends - (clientNow() + offset) : view.left;
  }
  window.roomLeft = left; // read by the test that measures the phone against the projector

  function clockText(seconds) {
    const whole = Math.ceil(Math.round(seconds * 1e6) / 1e6); // as the projector shows it
    const sign = whole < 0 ? "-" : "";
    const all = Math.abs(whole);
    const h = Math.floor(all / 3600), m = Math.floor((all % 3600) / 60), s = all % 60;
    const ss = String(s).padStart(2, "0");
    return h ? `${sign}${h}:${String(m).padStart(2, "0")}:${ss}` : `${sign}${m}:${ss}`;
  }

  function tick() {
    if (!view) return;
    const clock = $("clock");
    const text = clockText(left());
    if (clock.textContent !== text) clock.textContent = text;
    clock.classList.toggle("over", left() <= 0);
  }

  let refusedUntil = 0; // a refusal stays in sight a few seconds, over the polls

  function refuse(text) {
    $("refused").textContent = text;
    refusedUntil = Date.now() + 4000;
  }

  function show(next) {
    view = next;
    offset = next.now - clientNow();
    if (Date.now() > refusedUntil) $("refused").textContent = "";
    $("block").textContent = next.block;
    $("step").textContent = next.steps
      ? say("room.step", { number: next.step_number, total: next.steps }) + " · " + next.step
      : "";
    $("paused").textContent = next.running ? "" : say("room.paused");
    const questions = $("questions");
    questions.replaceChildren(...next.questions.map((q) => {
      const p = document.createElement("p");
      p.textContent = q;
      return p;
    }));
    $("add").hidden = next.vote;
    $("name-row").hidden = !next.named;
    $("privacy").textContent = say(next.named ? "room.named" : "room.anonymous");
    $("vote").hidden = !next.vote;
    $("dots-left").textContent = plural("room.dots_left", next.dots - next.spent);
    showIdeas(next);
    tick();
  }

  function showIdeas(next) {
    const key = JSON.stringify([next.ideas, next.vote, next.dots - next.spent]);
    if (key === shownIdeas) return; // keep the list (and a finger on it) as it is
    shownIdeas = key;
    const list = $("ideas");
    if (!next.ideas.length) {
      const empty = document.createElement("li");
      empty.textContent = say("room.no_ideas");
      list.replaceChildren(empty);
      return;
    }
    list.replaceChildren(...next.ideas.map((idea) => {
      const item = document.createElement("li");
      item.dataset.idea = idea.id;
      const text = document.createElement("span");
      text.className = "text";
      text.textContent = idea.text;
      if (idea.author) {
        const author = document.createElement("span");
        author.className = "author";
        author.textContent = idea.author;
        text.append(author);
      }
      item.append(text);
      if (next.vote) {
        const mine = document.createElement("span");
        mine.className = "mine";
        mine.textContent = "●".repeat(idea.mine);
        const less = button("−", say("room.take_back"), () => vote(idea.id, -1));
        less.className = "less";
        less.disabled = !idea.mine;
        const more = button("+", say("room.give_dot"), () => vote(idea.id, 1));
        more.className = "more";
        more.disabled = next.spent >= next.dots;
        item.append(mine, less, more);
      }
      return item;
    }));
  }

  function button(label, title, act) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.title = title;
    b.setAttribute("aria-label", title);
    b.addEventListener("click", act);
    return b;
  }

  async function ask(path, body) {
    const options = body === undefined ? {} : {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    };
    options.cache = "no-store";
    options.credentials = "same-origin";
    let answer;
    try {
      answer = await fetch(base + path, options);
    } catch (e) {
      refuse(say("room.offline"));
      return null;
    }
    const data = await answer.json().catch(() => ({}));
    if (answer.ok) {
      show(data);
      return data;
    }
    refuse(data.error || say("room.offline"));
    if (answer.status === 410 || answer.status === 403) {
      // The room closed (the server says so for a while before it stops): say it, and stop
      // counting down and polling.
      closed = true;
      view = null;
      refusedUntil = Infinity;
      $("clock").textContent = "";
      $("add").hidden = true;
      $("vote").hidden = true;
    }
    return null;
  }

  async function poll() {
    if (closed) return;
    await ask("/state");
    setTimeout(poll, POLL);
  }

  async function vote(id, delta) {
    await ask("/vote", { idea: id, delta });
  }

  const name = $("name");
  try { name.value = localStorage.getItem("plgtui-room-name") || ""; } catch (e) { /* private */ }
  $("idea-label").textContent = say("room.idea_label");
  $("name-label").textContent = say("room.name_label");
  $("send").textContent = say("room.send");
  $("ideas-title").textContent = say("room.ideas");
  $("vote-hint").textContent = say("room.vote_hint");
  document.title = say("room.title");
  $("add").addEventListener("submit", async (event) => {
    event.preventDefault();
    const idea = $("idea");
    const text = idea.value.trim();
    if (!text) return;
    try { localStorage.setItem("plgtui-room-name", name.value); } catch (e) { /* private */ }
    $("send").disabled = true;
    const done = await ask("/idea", { text, name: $("name-row").hidden ? "" : name.value });
    $("send").disabled = false;
    if (done) {
      idea.value = "";
      $("said").textContent = say("room.sent");
      setTimeout(() => { $("said").textContent = ""; }, 2000);
    }
  });
  if (!$("refused").textContent) {
    setInterval(tick, 100);
    poll();
  }
})();
