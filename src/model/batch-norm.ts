/** Batch-norm momentum of the moving statistics (Keras' default is 0.99; short runs want faster). */
export const BN_MOMENTUM = 0.9;
export const BN_EPSILON = 1e-3;
