import type { AnswerValue, Question } from "@sidestilt/domain/evaluation-form.schema";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { Language } from "../../i18n/languages.ts";
import { QuestionField } from "./question-field.tsx";

const text = (nb: string, en = nb) => ({ nb, nn: nb, en });

function aQuestion(overrides: Partial<Question> & Pick<Question, "type">): Question {
  return {
    id: "q1",
    text: text("Hvor stor nytte hadde du av kurset?", "How useful was the course?"),
    options: [],
    required: false,
    background: false,
    bankKey: null,
    ...overrides,
  };
}

const options = [
  { id: "yes", label: text("Ja", "Yes") },
  { id: "partly", label: text("Delvis", "Partly") },
  { id: "no", label: text("Nei", "No") },
];

type HarnessProps = {
  question: Question;
  error?: string | undefined;
  language: Language;
  initial?: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
};

/** The field with its value held like a form holds it. */
function Harness({ question, error, language, initial, onChange }: HarnessProps) {
  const [value, setValue] = useState<AnswerValue | undefined>(initial);
  return (
    <QuestionField
      idPrefix="test"
      number={3}
      question={question}
      language={language}
      value={value}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
      error={error}
    />
  );
}

/** Renders the field; `changes` records every onChange. */
function renderField(question: Question, props: { error?: string; language?: Language; initial?: AnswerValue } = {}) {
  const changes = vi.fn();
  const user = userEvent.setup();
  render(
    <Harness
      question={question}
      error={props.error}
      language={props.language ?? "nb"}
      initial={props.initial}
      onChange={changes}
    />,
  );
  return { user, changes };
}

describe("a 0–10 question", () => {
  it("is a group named by its number, text, required mark and both ends, answered and cleared with the keyboard", async () => {
    const { user, changes } = renderField(aQuestion({ type: "SCALE_0_10", required: true }));
    // Designsystemet names the fieldset by its legend and description once it has connected.
    const group = await screen.findByRole("group", {
      name: "3. Hvor stor nytte hadde du av kurset? (må besvares) 0 = Ikke i det hele tatt 10 = I svært stor grad",
    });
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((radio) => radio.getAttribute("value"))).toEqual([
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
    ]);
    expect(within(group).getByRole("radio", { name: "10" })).toBeVisible();

    await user.tab();
    expect(radios[0]).toHaveFocus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(within(group).getByRole("radio", { name: "2" })).toBeChecked();
    expect(changes).toHaveBeenLastCalledWith(2);

    // A chosen answer can be taken back; focus goes to the first choice, not to the page's start.
    await user.tab();
    const clear = within(group).getByRole("button", { name: "Fjern svaret" });
    expect(clear).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(changes).toHaveBeenLastCalledWith(undefined);
    expect(radios.every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
    expect(within(group).queryByRole("button", { name: "Fjern svaret" })).toBeNull();
    expect(within(group).getByRole("radio", { name: "0" })).toHaveFocus();
  });

  it("ties its error to every choice (aria-invalid, aria-describedby)", async () => {
    renderField(aQuestion({ type: "SCALE_0_10", required: true }), { error: "Svaret må fylles ut." });
    const radios = screen.getAllByRole("radio");
    await waitFor(() => {
      for (const radio of radios) {
        expect(radio).toHaveAttribute("aria-invalid", "true");
        expect(radio).toHaveAccessibleDescription("Svaret må fylles ut.");
      }
    });
  });
});

describe("a Likert question", () => {
  it("offers the four levels in the language asked for, valued 1 to 4", async () => {
    const { user, changes } = renderField(aQuestion({ type: "LIKERT" }), { language: "en" });
    const group = screen.getByRole("group", { name: /^3\. How useful was the course\?$/ });
    expect(
      within(group)
        .getAllByRole("radio")
        .map((radio) => radio.getAttribute("value")),
    ).toEqual(["1", "2", "3", "4"]);
    await user.click(within(group).getByRole("radio", { name: "Very relevant" }));
    expect(changes).toHaveBeenLastCalledWith(4);
    expect(within(group).getByRole("radio", { name: "Not very relevant" })).not.toBeChecked();
  });

  it("says its levels in bokmål", () => {
    renderField(aQuestion({ type: "LIKERT" }));
    expect(screen.getAllByRole("radio").map((radio) => radio.closest(".ds-field")?.textContent)).toEqual([
      "Lite relevant",
      "Noe relevant",
      "Ganske relevant",
      "Svært relevant",
    ]);
  });
});

describe("a single-choice question", () => {
  it("takes one option by its id, and can be cleared", async () => {
    const { user, changes } = renderField(aQuestion({ type: "SINGLE_CHOICE", options }), { initial: "no" });
    expect(screen.getByRole("radio", { name: "Nei" })).toBeChecked();
    await user.click(screen.getByRole("radio", { name: "Delvis" }));
    expect(changes).toHaveBeenLastCalledWith("partly");
    await user.click(screen.getByRole("button", { name: "Fjern svaret" }));
    expect(changes).toHaveBeenLastCalledWith(undefined);
    expect(screen.getByRole("radio", { name: "Delvis" })).not.toBeChecked();
  });
});

describe("a multiple-choice question", () => {
  it("ticks boxes with the keyboard and answers in the options' order", async () => {
    const { user, changes } = renderField(aQuestion({ type: "MULTIPLE_CHOICE", options }), {
      error: "Velg blant alternativene som står oppført.",
    });
    const group = await screen.findByRole("group", { name: /Du kan velge flere\./ });
    await user.click(within(group).getByRole("checkbox", { name: "Nei" }));
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(within(group).getByRole("checkbox", { name: "Ja" })).toHaveFocus();
    await user.keyboard(" ");
    expect(changes).toHaveBeenLastCalledWith(["yes", "no"]);
    await user.click(within(group).getByRole("checkbox", { name: "Nei" }));
    expect(changes).toHaveBeenLastCalledWith(["yes"]);
    await waitFor(() =>
      expect(within(group).getByRole("checkbox", { name: "Delvis" })).toHaveAccessibleDescription(
        "Velg blant alternativene som står oppført.",
      ),
    );
  });
});

describe("a free-text question", () => {
  it("is a text area labelled by the question, with its error tied to it", async () => {
    const { user, changes } = renderField(aQuestion({ type: "FREE_TEXT", required: true }), {
      error: "Teksten er for lang. Kort den ned litt.",
    });
    const area = screen.getByRole("textbox", { name: "3. Hvor stor nytte hadde du av kurset? (må besvares)" });
    await user.type(area, "Mer tid");
    expect(changes).toHaveBeenLastCalledWith("Mer tid");
    await waitFor(() => {
      expect(area).toHaveAttribute("aria-invalid", "true");
      expect(area).toHaveAccessibleDescription("Teksten er for lang. Kort den ned litt.");
    });
  });

  it("shows how many characters are left only near the limit of 2000, and how many too many past it", async () => {
    const { user } = renderField(aQuestion({ type: "FREE_TEXT" }), { initial: "a".repeat(1_700) });
    const area = screen.getByRole("textbox");
    const counter = () => area.closest(".ds-field")?.querySelector('[data-field="counter"]');
    expect(counter()).toBeNull();

    await user.click(area);
    await user.paste("b".repeat(150));
    await waitFor(() => expect(counter()).toHaveAttribute("data-label", "150 tegn igjen"));
    await user.paste("c".repeat(160));
    await waitFor(() => expect(counter()).toHaveAttribute("data-label", "10 tegn for mye"));
    // Nothing is cut off: the participant decides what to shorten.
    expect(area).toHaveValue(`${"a".repeat(1_700)}${"b".repeat(150)}${"c".repeat(160)}`);
  });
});
