kubectl create configmap web-config --from-literal=GREETING=hello --from-literal=LOG_LEVEL=debug
kubectl get configmap web-config -o yaml
kubectl apply -f secret.yaml
kubectl get secret db-credentials -o yaml
kubectl apply -f greeter.yaml
kubectl rollout status deployment/greeter
kubectl describe pod -l app=greeter
