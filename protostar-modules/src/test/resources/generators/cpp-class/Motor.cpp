#include "Motor.hpp"

Motor::Motor() = default;

Motor::~Motor() = default;
