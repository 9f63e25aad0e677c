import { describe, expect, it } from "vitest";
import type { Locale, MessageKind } from "../../generated/prisma/enums.ts";
import { type MessageData, messageDataSchemas } from "./message-data.ts";
import { formatClock, formatClockSpan, formatDay, formatMoment } from "./message-format.ts";
import { renderMessage } from "./templates.ts";

const locales: Locale[] = ["nb", "nn", "en"];
const manageUrl = "https://sidestilt.example/registration#a-personal-token";

/** Every kind with the variants its template branches on (place or not, digital or not, video or not). */
const samples: { [K in MessageKind]: MessageData[K][] } = {
  SIGNUP_CONFIRMED: [
    {
      name: "Kari Nordmann",
      courseTitle: "Lære å leve med KOLS",
      startsOn: "2031-03-11",
      place: "UNN Tromsø, auditorium 1",
      digital: false,
      manageUrl,
    },
    {
      name: "Kari Nordmann",
      courseTitle: "Lære å leve med KOLS",
      startsOn: "2031-03-11",
      place: null,
      digital: true,
      manageUrl,
    },
    {
      name: "Kari Nordmann",
      courseTitle: "Lære å leve med KOLS",
      startsOn: "2031-03-11",
      place: "Finnsnes helsehus",
      digital: true,
      manageUrl,
    },
    {
      name: "Kari Nordmann",
      courseTitle: "Lære å leve med KOLS",
      startsOn: "2031-03-11",
      place: null,
      digital: false,
      manageUrl,
    },
  ],
  WAITING_LIST_JOINED: [
    { name: "Ola Hansen", courseTitle: "Pårørendeskole demens", startsOn: "2031-09-02", position: 3, manageUrl },
  ],
  SEAT_OFFERED: [
    {
      name: "Ola Hansen",
      courseTitle: "Pårørendeskole demens",
      startsOn: "2031-09-02",
      offerExpiresAt: "2031-08-14T12:30:00.000Z",
      manageUrl,
    },
  ],
  REGISTRATION_CANCELLED: [{ name: "Ola Hansen", courseTitle: "Pårørendeskole demens", startsOn: "2031-09-02" }],
  SESSION_REMINDER: [
    {
      name: "Kari Nordmann",
      courseTitle: "Mestringstreff",
      date: "2031-03-11",
      startsAt: 540,
      endsAt: 720,
      place: "Lenvik bibliotek",
      videoLink: null,
    },
    {
      name: "Kari Nordmann",
      courseTitle: "Mestringstreff",
      date: "2031-03-11",
      startsAt: 1050,
      endsAt: 1200,
      place: null,
      videoLink: "https://video.example/meeting/42",
    },
    {
      name: "Kari Nordmann",
      courseTitle: "Mestringstreff",
      date: "2031-03-11",
      startsAt: 600,
      endsAt: 630,
      place: null,
      videoLink: null,
    },
  ],
  RUN_CANCELLED: [{ name: "Kari Nordmann", courseTitle: "Hjerterehabilitering", startsOn: "2031-10-06" }],
  EVALUATION_INVITATION: [
    {
      name: "Kari Nordmann",
      courseTitle: "Hjerterehabilitering",
      answerUrl: "https://sidestilt.example/evaluation#token",
    },
  ],
};

const every = (Object.keys(samples) as MessageKind[]).flatMap((kind) =>
  samples[kind].flatMap((data, variant) => locales.map((locale) => ({ kind, data, variant, locale }))),
);

describe("participant email templates", () => {
  it("has samples that are valid template data, so the test covers what the worker accepts", () => {
    for (const { kind, data } of every) expect(messageDataSchemas[kind].safeParse(data).success, kind).toBe(true);
  });

  it.each(every)(
    "$kind #$variant in $locale: a subject and a text with nothing left unfilled",
    ({ kind, data, locale }) => {
      const { subject, text } = renderMessage(kind, locale, data as MessageData[typeof kind]);
      expect(subject.length).toBeGreaterThan(5);
      expect(subject).not.toMatch(/\n/);
      for (const written of [subject, text]) {
        expect(written).not.toMatch(/undefined|null|NaN|Invalid Date|\[object |\$\{|\{\{|\}\}/);
      }
      expect(text).toContain(data.name);
      expect(text).toContain(data.courseTitle);
      expect(text.endsWith("\n")).toBe(true);
      expect(text).not.toMatch(/\n\n\n/);
      if ("manageUrl" in data) expect(text).toContain(`\n${data.manageUrl}\n`);
      if ("answerUrl" in data) expect(text).toContain(`\n${data.answerUrl}\n`);
    },
  );

  it("writes each language in its own words", () => {
    const data = samples.RUN_CANCELLED[0] as MessageData["RUN_CANCELLED"];
    const texts = locales.map((locale) => renderMessage("RUN_CANCELLED", locale, data).text);
    expect(new Set(texts).size).toBe(3);
    expect(texts[0]).toContain("Vennlig hilsen");
    expect(texts[1]).toContain("Venleg helsing");
    expect(texts[2]).toContain("Kind regards");
  });

  it("writes dates, times and the offer's deadline the Norwegian way, in Oslo time", () => {
    const reminder = renderMessage(
      "SESSION_REMINDER",
      "nb",
      samples.SESSION_REMINDER[0] as MessageData["SESSION_REMINDER"],
    );
    expect(reminder.subject).toBe("Påminnelse: «Mestringstreff» tirsdag 11. mars 2031, kl. 09.00");
    expect(reminder.text).toContain("Når: tirsdag 11. mars 2031, kl. 09.00–12.00\nHvor: Lenvik bibliotek\n");
    const video = renderMessage(
      "SESSION_REMINDER",
      "en",
      samples.SESSION_REMINDER[1] as MessageData["SESSION_REMINDER"],
    );
    expect(video.text).toContain(
      "When: Tuesday, 11 March 2031, 17:30–20:00\nVideo meeting: https://video.example/meeting/42\n",
    );
    expect(video.text).not.toContain("Where:");
    // 12:30 UTC in August is 14:30 in Oslo (summer time).
    const offer = renderMessage("SEAT_OFFERED", "nn", samples.SEAT_OFFERED[0] as MessageData["SEAT_OFFERED"]);
    expect(offer.text).toContain("til torsdag 14. august 2031, kl. 14.30.");
    expect(offer.text).toContain("«Pårørendeskole demens», som startar tysdag 2. september 2031");
  });

  it("says where a course is held, or that it is digital, or both", () => {
    const [physical, digital, hybrid, unknown] = samples.SIGNUP_CONFIRMED.map(
      (data) => renderMessage("SIGNUP_CONFIRMED", "nb", data).text,
    );
    expect(physical).toContain("Sted: UNN Tromsø, auditorium 1\n");
    expect(physical).not.toContain("digital");
    expect(digital).toContain("Kurset er digitalt.");
    expect(digital).not.toContain("Sted:");
    expect(hybrid).toContain("Sted: Finnsnes helsehus\nDu kan også være med digitalt.");
    expect(unknown).toContain("Tid og sted for hver samling får du i en påminnelse");
  });

  it("keeps a subject on one line whatever the course title holds", () => {
    const { subject } = renderMessage("RUN_CANCELLED", "nb", {
      name: "Kari",
      courseTitle: "KOLS\r\nBcc: someone@example.com",
      startsOn: "2031-10-06",
    });
    expect(subject).toBe("«KOLS Bcc: someone@example.com» er avlyst");
  });
});

describe("message formats", () => {
  it("formats days, clock times and spans in each language", () => {
    expect(formatDay("2031-03-11", "nb")).toBe("tirsdag 11. mars 2031");
    expect(formatDay("2031-03-11", "nn")).toBe("tysdag 11. mars 2031");
    expect(formatDay("2031-03-11", "en")).toBe("Tuesday, 11 March 2031");
    expect(formatClock(540, "nb")).toBe("kl. 09.00");
    expect(formatClock(5, "nn")).toBe("kl. 00.05");
    expect(formatClock(540, "en")).toBe("09:00");
    expect(formatClockSpan(540, 705, "nb")).toBe("kl. 09.00–11.45");
    expect(formatClockSpan(540, 705, "en")).toBe("09:00–11:45");
  });

  it("reads an instant in Oslo time, winter and summer", () => {
    expect(formatMoment("2031-01-15T08:00:00Z", "nb")).toBe("onsdag 15. januar 2031, kl. 09.00");
    expect(formatMoment("2031-07-15T08:00:00Z", "nb")).toBe("tirsdag 15. juli 2031, kl. 10.00");
    // Late in the evening UTC is the next day in Oslo.
    expect(formatMoment("2031-07-15T22:30:00Z", "en")).toBe("Wednesday, 16 July 2031, 00:30");
  });
});
