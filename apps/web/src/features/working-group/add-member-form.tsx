import { Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { newMemberSchema, type WorkingGroup, workingGroupRoleSchema } from "@sidestilt/domain/course.schema";
import type { Person } from "@sidestilt/domain/person.schema";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { SelectField } from "../../components/ui/select-field.tsx";
import { ApiError } from "../../lib/api-error.ts";
import { apiFieldIssues, type FormIssue, issueMessage, validateForm } from "../../lib/form-issues.ts";
import { useAddMember } from "./add-member.ts";
import { memberRoleLabel } from "./member-labels.ts";

/** The people of one owner unit the viewer can see, as the route fetched them. */
export type PeopleOfUnit = {
  unitId: string;
  unitName: string;
  people: readonly Person[] | undefined;
  pending: boolean;
  failed: boolean;
};

type Field = "personId" | "role" | "profession";
const fields: readonly Field[] = ["personId", "role", "profession"];
const idPrefix = "add-member";
const fieldId = (field: Field) => `${idPrefix}-${field}`;

/** One option of the person select: the unit it is listed under matters for the prefilled role. */
const optionValue = (unitId: string, personId: string) => `${unitId}/${personId}`;

type Props = {
  courseId: string;
  groups: readonly PeopleOfUnit[];
  currentMembers: WorkingGroup["members"];
  onAdded: (message: string) => void;
};

/**
 * "Legg til i arbeidsgruppen": a person from the owner units (grouped by unit, with their roles there),
 * their role in the group — prefilled from their role in that unit where it maps — and, for a
 * professional, their profession (prefilled from the unit role too).
 */
export function AddMemberForm({ courseId, groups, currentMembers, onAdded }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const add = useAddMember();
  const [selected, setSelected] = useState("");
  const [role, setRole] = useState("");
  const [profession, setProfession] = useState("");
  const [clientIssues, setClientIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);

  const choosable = (person: Person) => person.active && !person.erased;
  const found = (() => {
    const [unitId, personId] = selected.split("/");
    const group = groups.find((candidate) => candidate.unitId === unitId);
    const person = group?.people?.find((candidate) => candidate.id === personId);
    return group && person ? { group, person } : null;
  })();

  const serverIssues: FormIssue[] =
    add.error instanceof ApiError && add.error.code === "already_member"
      ? [{ field: "personId", code: "already_member" }]
      : apiFieldIssues(add.error);
  const issues = (clientIssues.length > 0 ? clientIssues : serverIssues).filter((issue) =>
    (fields as readonly string[]).includes(issue.field),
  );
  const labels: Record<Field, string> = {
    personId: t("workingGroup.add.person"),
    role: t("workingGroup.add.role"),
    profession: t("workingGroup.add.profession"),
  };
  const domainMessages = {
    already_member: t("workingGroup.add.alreadyMember"),
    profession_not_allowed: t("workingGroup.add.professionNotAllowed"),
  };
  const message = (issue: FormIssue) => {
    // The server says what is wrong with a chosen person; any other problem means none was chosen.
    const aboutThePerson = issue.code === "already_member" || issue.code === "person_inactive";
    if (issue.field === "personId" && !aboutThePerson) return t("workingGroup.add.choosePerson");
    if (issue.field === "role" && issue.code !== "too_big") return t("workingGroup.add.chooseRole");
    return issueMessage(t, issue, labels[issue.field as Field], domainMessages);
  };
  const errorFor = (field: Field) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? message(issue) : undefined;
  };

  function choosePerson(value: string) {
    setSelected(value);
    const [unitId, personId] = value.split("/");
    const person = groups.find((group) => group.unitId === unitId)?.people?.find((p) => p.id === personId);
    const inUnit = person?.memberships.filter((membership) => membership.unitId === unitId) ?? [];
    // The first of their roles in that unit that is also a working-group role (a unit leader's is not).
    const mapped = inUnit.find((membership) => workingGroupRoleSchema.safeParse(membership.role).success);
    setRole(mapped?.role ?? "");
    setProfession(inUnit.find((membership) => membership.role === "PROFESSIONAL")?.profession ?? "");
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    setAttempt((count) => count + 1);
    const input = {
      personId: found?.person.id ?? "",
      role,
      ...(role === "PROFESSIONAL" && profession.trim() !== "" ? { profession } : {}),
    };
    const result = validateForm(newMemberSchema, input);
    setClientIssues(result.ok ? [] : result.issues);
    if (!result.ok || !found) return;
    const added = found.person;
    const roleText = memberRoleLabel(t, result.data.role, result.data.profession);
    add.mutate(
      { courseId, input: result.data },
      {
        onSuccess: () => {
          setSelected("");
          setRole("");
          setProfession("");
          onAdded(t("workingGroup.add.added", { name: added.name, role: roleText }));
        },
      },
    );
  }

  const pending = groups.some((group) => group.pending);
  const failed = groups.filter((group) => group.failed);

  return (
    <section className="stack working-group__add" aria-labelledby={headingId}>
      <Heading id={headingId} level={3} data-size="sm">
        {t("workingGroup.add.heading")}
      </Heading>
      <Paragraph>{t("workingGroup.add.intro")}</Paragraph>
      {pending ? <LoadingStatus label={t("workingGroup.add.loadingPeople")} /> : null}
      {failed.length > 0 ? (
        <Paragraph>{t("workingGroup.add.peopleFailed", { units: failed.map((g) => g.unitName).join(", ") })}</Paragraph>
      ) : null}
      <form className="stack narrow" noValidate onSubmit={handleSubmit}>
        <FormProblems
          attempt={attempt}
          heading={t("courseForm.errorSummaryHeading")}
          items={issues.map((issue) => ({ fieldId: fieldId(issue.field as Field), message: message(issue) }))}
          error={add.error}
          errorLead={t("workingGroup.add.error")}
        />
        <SelectField
          id={fieldId("personId")}
          label={labels.personId}
          description={t("workingGroup.add.personHelp")}
          value={selected}
          onChange={(event) => choosePerson(event.target.value)}
          required
          error={errorFor("personId")}
        >
          <option value="">{t("workingGroup.add.choosePersonOption")}</option>
          {groups.map((group) => (
            <optgroup key={group.unitId} label={group.unitName}>
              {(group.people ?? []).filter(choosable).map((person) => {
                const unitRoles = person.memberships
                  .filter((membership) => membership.unitId === group.unitId)
                  .map((membership) => memberRoleLabel(t, membership.role, membership.profession))
                  .join(", ");
                const member = currentMembers.some((m) => m.personId === person.id && m.removedAt === null);
                return (
                  <option key={person.id} value={optionValue(group.unitId, person.id)}>
                    {t(member ? "workingGroup.add.personOptionMember" : "workingGroup.add.personOption", {
                      name: person.name,
                      roles: unitRoles,
                    })}
                  </option>
                );
              })}
            </optgroup>
          ))}
        </SelectField>
        <SelectField
          id={fieldId("role")}
          label={labels.role}
          description={found ? t("workingGroup.add.roleHelp") : undefined}
          value={role}
          onChange={(event) => setRole(event.target.value)}
          required
          error={errorFor("role")}
        >
          <option value="">{t("workingGroup.add.chooseRoleOption")}</option>
          {workingGroupRoleSchema.options.map((option) => (
            <option key={option} value={option}>
              {t(`workingGroup.roles.${option}`)}
            </option>
          ))}
        </SelectField>
        {role === "PROFESSIONAL" ? (
          <Textfield
            id={fieldId("profession")}
            label={labels.profession}
            description={t("workingGroup.add.professionHelp")}
            value={profession}
            onChange={(event) => setProfession(event.target.value)}
            error={errorFor("profession")}
          />
        ) : null}
        <Paragraph data-size="sm">{t("workingGroup.add.signaturesNote")}</Paragraph>
        <div>
          <Button type="submit" loading={add.isPending}>
            {add.isPending ? t("workingGroup.add.adding") : t("workingGroup.add.submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}
