/**
 * The image catalog, split by family under ./catalog/ (bases, python, node,
 * languages, servers, servers-more), and the images' root filesystems
 * (./rootfs/); re-exported here so imports of "image/catalog" keep working.
 */
export * from "./catalog/index";
export { calculateImageRootfs, calculateCatalogLayer, calculateImageExecutables, calculateLayerExecutables, createImageRootView, findCatalogLayer, CATALOG_LAYER_STORE } from "./rootfs/index";
