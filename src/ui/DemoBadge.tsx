/** The label every view of generated data carries: Thai and English together. */
export function DemoBadge() {
  return (
    <p className="demo-badge" lang="th">
      ข้อมูลสาธิต · <span lang="en">Demo data</span>
    </p>
  );
}
