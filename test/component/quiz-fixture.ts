import { load } from 'js-yaml';
import quizYaml from '../../content/quiz.yaml?raw';
import { quizSchema } from '../../src/schemas/quiz.ts';
import { toQuizModel } from '../../src/lib/quiz-model.ts';

/** The real quiz content, as the page hands it to the islands. */
export const quizData = quizSchema.parse(load(quizYaml));
export const quizModel = toQuizModel(quizData.classify, '/');
