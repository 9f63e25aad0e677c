import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComponentProps } from "react";
import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "../../lib/api-error.ts";
import { FormProblems } from "./form-problems.tsx";

const heading = "Rett opp dette før du går videre:";
const items = [
  { fieldId: "title", message: "Tittel må fylles ut." },
  { fieldId: "startsOn", message: "Skriv en gyldig dato." },
];
const conflict = new ApiError(409, { type: "about:blank", title: "Conflict", status: 409, code: "conflict" });

function Form(props: Partial<ComponentProps<typeof FormProblems>>) {
  return (
    <form>
      <FormProblems attempt={1} heading={heading} items={[]} {...props} />
      <label htmlFor="title">Tittel</label>
      <input id="title" />
      <label htmlFor="startsOn">Første dag</label>
      <input id="startsOn" />
      <button type="submit">Lagre</button>
    </form>
  );
}

describe("FormProblems", () => {
  it("lists the fields' problems in a summary that takes focus and links to each field", async () => {
    const user = userEvent.setup();
    render(<Form items={items} error={conflict} errorLead="Vi kunne ikke lagre." />);
    const summary = screen.getByRole("group", { name: heading });
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole("link");
    expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Tittel må fylles ut.", "#title"],
      ["Skriv en gyldig dato.", "#startsOn"],
    ]);
    // A problem with a field is told there, not also in an alert.
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();

    await user.click(within(summary).getByRole("link", { name: "Skriv en gyldig dato." }));
    expect(screen.getByLabelText("Første dag")).toHaveFocus();
  });

  it("is shown anew on every failed submit, so that the same problems are announced again", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Form attempt={1} items={items} />);
    const first = screen.getByRole("group", { name: heading });
    await user.click(screen.getByLabelText("Tittel"));

    rerender(<Form attempt={2} items={items} />);
    const second = screen.getByRole("group", { name: heading });
    expect(second).not.toBe(first);
    // React puts focus back where it was after the commit; the summary takes it again when its 0 s
    // CSS animation ends (Designsystemet's "is visible" hook), which jsdom does not run: do it here.
    second.dispatchEvent(new Event("animationend"));
    expect(second).toHaveFocus();

    rerender(<Form attempt={3} error={conflict} />);
    const alert = screen.getByRole("alert");
    rerender(<Form attempt={4} error={conflict} />);
    expect(screen.getByRole("alert")).not.toBe(alert);
  });

  it("explains a failure that is not about a field in an alert, from its code, between what failed and what follows", () => {
    render(<Form error={conflict} errorLead="Endringen ble ikke lagret." errorNote="Teksten din er beholdt." />);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Endringen ble ikke lagret. Endringen kolliderer med andre endringer. Last inn siden på nytt og prøv igjen. Teksten din er beholdt.",
    );
    expect(screen.queryByRole("group", { name: heading })).not.toBeInTheDocument();
  });

  it("explains a lost connection, or the form's own explanation when it has one", () => {
    const { rerender } = render(<Form error={new NetworkError()} />);
    expect(screen.getByRole("alert")).toHaveTextContent(/nett/i);
    rerender(<Form error={conflict} errorMessage="Vent 2 minutter og prøv igjen." />);
    expect(screen.getByRole("alert")).toHaveTextContent(/^Vent 2 minutter og prøv igjen\.$/);
  });

  it("shows nothing before a failure, or where the form explains the error itself (null)", () => {
    const { container, rerender } = render(<Form />);
    expect(container.querySelector("form")?.firstElementChild?.tagName).toBe("LABEL");
    rerender(<Form error={null} />);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByRole("group")).not.toBeInTheDocument();
  });
});
