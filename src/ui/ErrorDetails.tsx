import type { Lang } from '../i18n/messages';
import './ErrorDetails.css';
import { pt } from './problem-messages';
import { explainProblem } from './problem-text';

/** Props of {@link ProblemText}. */
export interface ProblemTextProps {
  /** One or more problem lines, as the data layer words them (joined with newlines). */
  readonly text: string;
  readonly lang: Lang;
}

/**
 * A problem for the person at the screen: each line as a sentence naming the dataset or file and
 * what to do, and, when the line was reworded, the raw text in a closed details fold (for the
 * person who fixes it). Text is rendered as text, never as HTML.
 */
export function ProblemText({ text, lang }: ProblemTextProps) {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return (
    <>
      {lines.map((line, index) => {
        const { text: sentence, detail } = explainProblem(line, lang);
        return (
          <div className="problem" key={`${String(index)}:${line}`}>
            <p className="problem-text">{sentence}</p>
            {detail !== null && (
              <details className="problem-details">
                <summary>{pt(lang, 'details')}</summary>
                <code>{detail}</code>
              </details>
            )}
          </div>
        );
      })}
    </>
  );
}
