import { formatHumanSize } from "@/simulator";
import { calculateSharedSavings, type ImageStackView } from "./calculate-image-stacks";

/** Images as stacks of layers, base at the bottom; a layer other images hold is marked shared. */
export function ImageStacks({ images }: { images: ImageStackView[] }) {
  if (images.length === 0) return <p className="px-3 text-xs text-zinc-500">No images. docker pull or docker build adds some.</p>;
  const savings = calculateSharedSavings(images);
  return (
    <div className="px-3" data-testid="engine-images">
      {savings.separate > savings.stored ? (
        <p className="mb-2 text-[11px] text-zinc-500">
          Shared layers are stored once: {formatHumanSize(savings.stored)} of layers instead of {formatHumanSize(savings.separate)} (compressed).
        </p>
      ) : null}
      <ul className="grid grid-cols-1 gap-2">
        {images.map((image) => (
          <li key={image.id} data-testid="engine-image" className="rounded-md border border-[var(--panel-border)] bg-[var(--panel)] px-2.5 py-2">
            <div className="flex items-baseline gap-2 text-xs">
              <span className="truncate font-medium text-zinc-100">{image.names.join(", ")}</span>
              <span className="ml-auto shrink-0 font-mono text-[11px] text-zinc-500">{formatHumanSize(image.size)}</span>
            </div>
            <ol className="mt-1.5 flex flex-col-reverse gap-px" aria-label={`Layers of ${image.names[0] ?? image.shortId}, base last`}>
              {image.layers.map((layer, i) => (
                <li
                  key={`${layer.digest}-${i}`}
                  data-shared={layer.sharedWith > 0 ? "true" : "false"}
                  className={`flex items-center gap-2 rounded-sm px-1.5 py-0.5 font-mono text-[10.5px] ${
                    layer.sharedWith > 0 ? "bg-sky-400/10 text-sky-200" : "bg-white/[0.04] text-zinc-300"
                  }`}
                >
                  <span className="min-w-0 flex-1 truncate" title={layer.createdBy}>
                    {layer.createdBy || layer.digest.slice(7, 19)}
                  </span>
                  {layer.sharedWith > 0 ? (
                    <span className="shrink-0 text-[10px] text-sky-300">shared ×{layer.sharedWith + 1}</span>
                  ) : null}
                  <span className="shrink-0 text-zinc-500">{formatHumanSize(layer.size)}</span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </div>
  );
}
