/** An accessible on/off switch (a button with role="switch"), labelled by visible text. */
export function Switch(props: { id: string; label: string; checked: boolean; disabled?: boolean; onChange: (on: boolean) => void; note?: string }) {
  return (
    <div class="switch">
      <span>
        <span id={`${props.id}-label`}>{props.label}</span>
        {props.note && (
          <span class="muted" id={`${props.id}-note`}>
            <br />
            {props.note}
          </span>
        )}
      </span>
      <button
        type="button"
        role="switch"
        id={props.id}
        aria-checked={props.checked}
        aria-labelledby={`${props.id}-label`}
        aria-describedby={props.note ? `${props.id}-note` : undefined}
        disabled={props.disabled}
        onClick={() => props.onChange(!props.checked)}
      />
    </div>
  );
}
