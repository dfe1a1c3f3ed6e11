// What the sidebar is waiting for, said in words (issue 10 §3 "every network wait shows progress").
export function Waiting({ children }: { children: string }) {
  return (
    <p role="status" className="waiting">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}

/** Placeholder cards while the purchase order is read: the layout does not jump when it arrives. */
export function SkeletonLines({ count = 3 }: { count?: number }) {
  return (
    <ul className="line-cards" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <li key={index} className="line-card skeleton">
          <span className="skeleton-bar" style={{ width: '40%' }} />
          <span className="skeleton-bar" style={{ width: '85%' }} />
          <span className="skeleton-bar" style={{ width: '60%' }} />
        </li>
      ))}
    </ul>
  );
}
