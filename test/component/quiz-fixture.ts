import { load } from 'js-yaml';
import quizYaml from '../../content/quiz.yaml?raw';
import mapPageYaml from '../../content/map-page.yaml?raw';
import type { QuizAxes } from '../../src/lib/classify-business.ts';
import { quizSchema } from '../../src/schemas/quiz.ts';
import { toQuizModel } from '../../src/lib/quiz-model.ts';

/** The real quiz content, as the page hands it to the islands. */
export const quizData = quizSchema.parse(load(quizYaml));
/** Which questions answer which of the test's two questions, as content/map-page.yaml says. */
export const quizAxes = (load(mapPageYaml) as { quizAxes: QuizAxes }).quizAxes;
export const quizModel = toQuizModel(quizData.classify, '/', quizAxes);
