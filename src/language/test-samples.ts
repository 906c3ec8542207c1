/**
 * Sample texts shared by the language tests (not shipped: tsconfig.build.json leaves out test-*.ts).
 * Fictional throughout.
 */

/**
 * Plain parent-facing text of the kind KCP-3.2 asks for: 119 words, Flesch-Kincaid grade 4.2.
 * @example readability(PLAIN_PARENT_SUMMARY).words // 119
 */
export const PLAIN_PARENT_SUMMARY =
  "We are worried that Dad drinks too much and shouts at the children. Sometimes there is no food in the house, and the children go to bed hungry. Mum takes the children to school every day and they are always on time. Their teachers say they are happy and kind to each other. Dad has started going to the alcohol service, and he says he wants to stop. Dad needs to stop drinking and go to the alcohol service every week. Mum will make sure there is food in the house every day. The social worker will visit the family every two weeks to see the children. We will meet again in three months to see what has changed.";
