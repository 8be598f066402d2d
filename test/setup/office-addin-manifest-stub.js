// Stands in for office-addin-manifest, whose ESM-only dependencies Jest on Node 20 cannot load.
module.exports = {};
