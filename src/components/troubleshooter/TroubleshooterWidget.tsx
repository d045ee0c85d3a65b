/**
 * One troubleshooter: the answers so far, the current question (or the outcome), and controls.
 * Rendered on the server for every static node page (options are plain links, so it works without
 * JavaScript) and hydrated as an island on tree pages and in articles, where clicks answer
 * instantly, the path lives in the URL and the back button walks back through the answers.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TroubleshooterView } from '../../lib/troubleshooter/view';
import { troubleshooterStepUrl } from '../../lib/routes';
import { back, choose, pathTo, readPathFromUrl, report, resolve, writePathToUrl } from '../../lib/troubleshooter/engine';
import { optionIdOf } from '../../lib/troubleshooter/graph';
import { Outcome } from './Outcome';
import { fill } from '../../lib/troubleshooter/texts';

interface Props extends TroubleshooterView {
  /** The path rendered on the server: the canonical path of a static node page, or [] on the tree page. */
  initialPath: string[];
  /** Heading level of the question, so the widget fits the page it sits in. */
  headingLevel?: 2 | 3;
  /**
   * False on a static page for a step that several routes lead to: the answers that led here are
   * unknown, so none are shown, printed or copied (and there is no 「上一步」, only 「重新开始」).
   */
  answersKnown?: boolean;
}

export default function TroubleshooterWidget({ tree, contacts, outcomes, texts, initialPath, headingLevel = 2, answersKnown = true }: Props) {
  const [path, setPath] = useState<string[]>(initialPath);
  const [interactive, setInteractive] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const { steps, nodeId, node } = resolve(tree, path);

  // Hydrated: take the path from the URL (shared links) and follow the browser's back/forward.
  useEffect(() => {
    setInteractive(true);
    const fromUrl = () => setPath(resolve(tree, readPathFromUrl(tree, new URL(location.href))).steps.map((s) => s.optionId));
    if (new URL(location.href).searchParams.has(tree.id)) fromUrl();
    const onPop = () => { moved.current = true; fromUrl(); };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [tree]);

  // After each move, put focus on the new question or outcome and announce it.
  useEffect(() => {
    if (!moved.current) return;
    headingRef.current?.focus();
    setAnnouncement(node.outcome ? fill(texts.announceOutcome, { t: node.title ?? '' }) : fill(texts.announceQuestion, { n: steps.length + 1, q: node.question ?? '' }));
  }, [nodeId, steps.length]);

  const go = (next: string[]) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return; // let "open in new tab" work
    event.preventDefault();
    moved.current = true;
    history.pushState(null, '', writePathToUrl(tree, new URL(location.href), next));
    setPath(next);
  };

  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  // 「你的回答」 comes before the question, so it takes the same level: a lower one would skip a level.
  const Small = Heading;

  return (
    <div class="tree-box not-prose" data-troubleshooter={tree.id} data-node={nodeId} data-interactive={interactive ? '' : undefined}>
      {answersKnown && steps.length > 0 && (
        <nav aria-label={texts.answers} class="mb-4">
          <Small class="tree-small">{texts.answers}</Small>
          <ol class="space-y-1">
            {steps.map((step, i) => (
              <li key={step.nodeId} data-step={i} class="tree-step">
                <span>{i + 1}. {step.question} <strong>{step.label}</strong></span>
                <a href={troubleshooterStepUrl(tree, step.nodeId)} onClick={go(pathTo(tree, path, i))} aria-label={fill(texts.changeLabel, { n: i + 1, q: step.question })}>{texts.change}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}

      {node.outcome ? (
        <Outcome node={node} tree={tree} contacts={contacts} articleLinks={outcomes[nodeId]} texts={texts} report={report(tree, path, answersKnown ? undefined : texts.answersUnknown)} headingRef={headingRef} Heading={Heading} interactive={interactive} />
      ) : (
        <div data-question>
          <Heading ref={headingRef} tabIndex={-1} class="text-lg font-bold">{node.question}</Heading>
          {node.help && <p class="tree-help">{node.help}</p>}
          <ul class="mt-3 space-y-2" aria-label={texts.chooseOne}>
            {node.options!.map((option) => (
              <li key={optionIdOf(option)}>
                <a
                  href={troubleshooterStepUrl(tree, option.next)}
                  onClick={go(choose(tree, path, optionIdOf(option)))}
                  data-option={optionIdOf(option)}
                  class="tree-option"
                >
                  {option.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      {steps.length > 0 && (
        <p class="tree-nav">
          {answersKnown && <a href={troubleshooterStepUrl(tree, steps[steps.length - 1]!.nodeId)} onClick={go(back(tree, path))} data-back>{texts.back}</a>}
          <a href={troubleshooterStepUrl(tree, tree.start)} onClick={go([])} data-restart>{texts.restart}</a>
        </p>
      )}
      <p aria-live="polite" role="status" class="sr-only">{announcement}</p>
    </div>
  );
}
