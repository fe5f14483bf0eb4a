/** The Dockyard mark: containers stacked on a hull. Decorative; pair it with text. */
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <rect width="32" height="32" rx="7" fill="#131722" />
      <rect x="6" y="13" width="6" height="5" rx="1" fill="#38bdf8" />
      <rect x="13" y="13" width="6" height="5" rx="1" fill="#38bdf8" />
      <rect x="20" y="13" width="6" height="5" rx="1" fill="#7dd3fc" />
      <rect x="13" y="7" width="6" height="5" rx="1" fill="#7dd3fc" />
      <path d="M4 20h24l-2.5 5.2a1.5 1.5 0 0 1-1.35.8H7.85a1.5 1.5 0 0 1-1.35-.8z" fill="#e0f2fe" />
    </svg>
  );
}
