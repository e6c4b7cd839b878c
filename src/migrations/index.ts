import * as migration_20261125_075655_initial from './20261125_075655_initial';

export const migrations = [
  {
    up: migration_20261125_075655_initial.up,
    down: migration_20261125_075655_initial.down,
    name: '20261125_075655_initial'
  },
];
