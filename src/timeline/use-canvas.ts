import { useEffect, useRef, useState } from 'react';

/** A canvas that tracks its element's CSS size and draws at the device's pixel ratio. */
export function useCanvas() {
  const ref = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setSize({ width: Math.round(width), height: Math.round(height) });
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);

  /** A 2D context scaled to CSS pixels, with the backing store resized if needed. */
  const context = (): CanvasRenderingContext2D | null => {
    const canvas = ref.current;
    if (!canvas || size.width === 0) return null;
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(size.width * ratio);
    const h = Math.round(size.height * ratio);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const ctx = canvas.getContext('2d');
    ctx?.setTransform(ratio, 0, 0, ratio, 0, 0);
    return ctx;
  };
  return [ref, size, context] as const;
}
