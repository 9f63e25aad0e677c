import type { EvaluationMeetingInput } from "@sidestilt/domain/evaluation-meeting.schema";

/** The meeting's record as the form holds it: the date as the date field's text ("" when none). */
export type MeetingValues = { heldOn: string; whatWorked: string; whatToChange: string; collaboration: string };

export const meetingTextFields = ["whatWorked", "whatToChange", "collaboration"] as const;
export type MeetingTextField = (typeof meetingTextFields)[number];

export function meetingValuesOf(record: {
  heldOn: string | null;
  whatWorked: string;
  whatToChange: string;
  collaboration: string;
}): MeetingValues {
  return {
    heldOn: record.heldOn ?? "",
    whatWorked: record.whatWorked,
    whatToChange: record.whatToChange,
    collaboration: record.collaboration,
  };
}

export function meetingInputOf(values: MeetingValues): EvaluationMeetingInput {
  return { ...values, heldOn: values.heldOn === "" ? null : values.heldOn };
}

/** The fields whose stored text differs from what the person typed (the date included). */
export function differingFields(stored: MeetingValues, typed: MeetingValues): (keyof MeetingValues)[] {
  return (["heldOn", ...meetingTextFields] as const).filter((field) => stored[field] !== typed[field]);
}
