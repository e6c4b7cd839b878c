import * as migration_20261207_024200_initial from './20261207_024200_initial';

export const migrations = [
  {
    up: migration_20261207_024200_initial.up,
    down: migration_20261207_024200_initial.down,
    name: '20261207_024200_initial'
  },
];
