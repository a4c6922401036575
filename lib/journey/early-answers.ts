/**
 * Answers given on the journey's first screen as it comes from the build (components/journey/first-step.tsx),
 * before the journey's code and storage are ready. The journey takes them over when it opens a new case
 * (journey-app.tsx): from then on every answer given on that screen goes straight to the journey. No React, no
 * storage, no validation here, so the prerendered screen stays light.
 */

type Sink = (questionId: string, value: string) => void;

let answers: Record<string, string> = {};
let sink: Sink | null = null;

/** Records an answer from the first screen (or hands it to the journey once it has taken over). */
export function setEarlyAnswer(questionId: string, value: string): void {
  if (sink) sink(questionId, value);
  else answers = { ...answers, [questionId]: value };
}

/** The answers given so far and not yet taken over. */
export function getEarlyAnswers(): Readonly<Record<string, string>> {
  return answers;
}

/**
 * The journey takes over: returns the answers given so far (and forgets them) and sends later ones to `next`.
 * With `next` null, later answers are kept again for a later take-over (the journey closed).
 */
export function takeOverEarlyAnswers(next: Sink | null): Record<string, string> {
  const taken = answers;
  answers = {};
  sink = next;
  return taken;
}
