import type { MouseEvent, ReactElement } from 'react';
import { Button } from '@mui/material';

interface ActionButtonProps {
  label: string;
  icon?: ReactElement;
  color?: 'primary' | 'error' | 'success' | 'warning' | 'secondary';
  variant?: 'text' | 'outlined' | 'contained';
  disabled?: boolean;
  onClick: () => void;
}

/** A small button inside a list row or a show page; the click never opens the row. */
export const ActionButton = ({ label, icon, color = 'primary', variant = 'outlined', disabled, onClick }: ActionButtonProps) => (
  <Button
    size="small"
    color={color}
    variant={variant}
    startIcon={icon}
    disabled={disabled}
    onClick={(event: MouseEvent) => {
      event.stopPropagation();
      onClick();
    }}
    sx={{ whiteSpace: 'nowrap' }}
  >
    {label}
  </Button>
);
