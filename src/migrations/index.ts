import * as migration_20261125_080320_initial from './20261125_080320_initial';
import * as migration_20261125_084106_step_plain_text from './20261125_084106_step_plain_text';
import * as migration_20261125_090909_comment_screening from './20261125_090909_comment_screening';
import * as migration_20261125_091148_case_order from './20261125_091148_case_order';
import * as migration_20261125_093010_answer_links from './20261125_093010_answer_links';
import * as migration_20261125_093947_case_resolved_at from './20261125_093947_case_resolved_at';
import * as migration_20261125_103131_editors_workflow from './20261125_103131_editors_workflow';
import * as migration_20261125_114710_cases_indexes from './20261125_114710_cases_indexes';
import * as migration_20261125_132244_reset_spacing_in_app from './20261125_132244_reset_spacing_in_app';
import * as migration_20261201_223651_mail_queue_and_link_nonces from './20261201_223651_mail_queue_and_link_nonces';
import * as migration_20261202_002713_model_patterns from './20261202_002713_model_patterns';
import * as migration_20261202_003114_search_misses from './20261202_003114_search_misses';
import * as migration_20261202_013444_former_slugs from './20261202_013444_former_slugs';
import * as migration_20261202_095108_sources_freshness_relations from './20261202_095108_sources_freshness_relations';
import * as migration_20261202_103216_seed_state from './20261202_103216_seed_state';

export const migrations = [
  {
    up: migration_20261125_080320_initial.up,
    down: migration_20261125_080320_initial.down,
    name: '20261125_080320_initial',
  },
  {
    up: migration_20261125_084106_step_plain_text.up,
    down: migration_20261125_084106_step_plain_text.down,
    name: '20261125_084106_step_plain_text',
  },
  {
    up: migration_20261125_090909_comment_screening.up,
    down: migration_20261125_090909_comment_screening.down,
    name: '20261125_090909_comment_screening',
  },
  {
    up: migration_20261125_091148_case_order.up,
    down: migration_20261125_091148_case_order.down,
    name: '20261125_091148_case_order',
  },
  {
    up: migration_20261125_093010_answer_links.up,
    down: migration_20261125_093010_answer_links.down,
    name: '20261125_093010_answer_links',
  },
  {
    up: migration_20261125_093947_case_resolved_at.up,
    down: migration_20261125_093947_case_resolved_at.down,
    name: '20261125_093947_case_resolved_at',
  },
  {
    up: migration_20261125_103131_editors_workflow.up,
    down: migration_20261125_103131_editors_workflow.down,
    name: '20261125_103131_editors_workflow',
  },
  {
    up: migration_20261125_114710_cases_indexes.up,
    down: migration_20261125_114710_cases_indexes.down,
    name: '20261125_114710_cases_indexes',
  },
  {
    up: migration_20261125_132244_reset_spacing_in_app.up,
    down: migration_20261125_132244_reset_spacing_in_app.down,
    name: '20261125_132244_reset_spacing_in_app',
  },
  {
    up: migration_20261201_223651_mail_queue_and_link_nonces.up,
    down: migration_20261201_223651_mail_queue_and_link_nonces.down,
    name: '20261201_223651_mail_queue_and_link_nonces',
  },
  {
    up: migration_20261202_002713_model_patterns.up,
    down: migration_20261202_002713_model_patterns.down,
    name: '20261202_002713_model_patterns',
  },
  {
    up: migration_20261202_003114_search_misses.up,
    down: migration_20261202_003114_search_misses.down,
    name: '20261202_003114_search_misses',
  },
  {
    up: migration_20261202_013444_former_slugs.up,
    down: migration_20261202_013444_former_slugs.down,
    name: '20261202_013444_former_slugs',
  },
  {
    up: migration_20261202_095108_sources_freshness_relations.up,
    down: migration_20261202_095108_sources_freshness_relations.down,
    name: '20261202_095108_sources_freshness_relations',
  },
  {
    up: migration_20261202_103216_seed_state.up,
    down: migration_20261202_103216_seed_state.down,
    name: '20261202_103216_seed_state'
  },
];
