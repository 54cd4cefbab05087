import * as tf from '@tensorflow/tfjs-core';

// Unit tests run tfjs in Node on purpose; its banner suggesting tfjs-node is noise here.
tf.env().set('PROD', true);
